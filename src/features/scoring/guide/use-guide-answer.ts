import type { GuideAnswer } from '../../../domain/interview/guide-answer';
import { useRound } from '../../../providers/round-in-use';
import { useWorkspace, useWorkspaceStore } from '../../../providers/services';

export type GuideAnswerEdits = {
  answer: GuideAnswer | undefined;
  setNote: (note: string) => void;
  setFigure: (figure: number | null) => void;
  setOther: (other: string) => void;
  setChoice: (option: string, chosen: boolean) => void;
};

/**
 * One question's answer for a county in the round in use, and its edits, each saved at once.
 * Only this answer is read, so typing into one question redraws that question alone. Typing into
 * the note, the figure and "Andra" is one undo step until the typing pauses; a tick is one step.
 */
export function useGuideAnswer(county: string, question: string): GuideAnswerEdits {
  const { round } = useRound();
  const store = useWorkspaceStore();
  const answer = useWorkspace((state) => state.data[round.id]?.answers[county]?.[question]);
  const where = { round: round.id, county, question };
  const typed = { kind: 'answer', ...where } as const;
  return {
    answer,
    setNote: (value) => store.getState().applyStep(typed, [{ field: 'answer', ...where, value }]),
    setFigure: (value) => store.getState().applyStep(typed, [{ field: 'figure', ...where, value }]),
    setOther: (value) => store.getState().applyStep(typed, [{ field: 'other', ...where, value }]),
    setChoice: (option, value) => store.getState().applyStep({ kind: 'choice', ...where }, [{ field: 'choice', ...where, option, value }]),
  };
}
