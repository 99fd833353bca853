import type { Workspace } from '../../domain/workspace/workspace';
import type { TFunction } from '../../i18n/messages';
import type { dataMessages } from '../../i18n/messages/data';

export type ImportSummary = { counties: number; scores: number; notes: number };

export function summarizeWorkspace(workspace: Workspace): ImportSummary {
  const assessments = Object.values(workspace.assessments);
  return {
    counties: assessments.length,
    scores: assessments.reduce((n, a) => n + Object.keys(a.scores).length, 0),
    notes: assessments.reduce((n, a) => n + Object.keys(a.notes).length, 0),
  };
}

/** "2 län, 3 poäng och 1 anteckning" in the current language. */
export function describeSummary(t: TFunction<typeof dataMessages>, { counties, scores, notes }: ImportSummary): string {
  return t('summary.text', {
    counties: t('summary.counties', { count: counties }),
    scores: t('summary.scores', { count: scores }),
    notes: t('summary.notes', { count: notes }),
  });
}
