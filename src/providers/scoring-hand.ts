import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Assessment, GroupLevel, RoundScores } from '../domain/workspace/assessment';
import { AGREED } from '../domain/workspace/changes';
import type { Sheet } from '../domain/workspace/workspace';
import { raterChoice } from '../store/rater-choice';
import type { Cell, WorkspaceState } from '../store/workspace-store';
import { useRound } from './round-in-use';
import { useWorkspace } from './services';

/**
 * Whose scores the county page shows and writes: the rater chosen under "Jag är" when the team
 * has that rater, otherwise the group's agreed scores (so one person without raters scores as
 * before).
 */
export function useHand(): string {
  const chosen = useStore(raterChoice, (state) => state.rater);
  const known = useWorkspace((state) => chosen !== AGREED && state.raters[chosen] !== undefined);
  return known ? chosen : AGREED;
}

/** One hand's assessment of a county in a round, read from the store's state. */
export function assessmentIn(state: WorkspaceState, round: string, hand: string, county: string): Assessment | undefined {
  const record = state.data[round];
  return hand === AGREED ? record?.agreed[county] : record?.raters[hand]?.[county];
}

const EMPTY_SHEET: Sheet = {};
const EMPTY_LEVELS: Readonly<Record<string, Readonly<Record<string, GroupLevel>>>> = {};

/**
 * What the county pages show for the round in use: the chosen rater's own scores, or the agreed
 * scores with the group's levels. Keeps its identity while they are unchanged.
 */
export function useHandScores(): RoundScores {
  const { round } = useRound();
  const hand = useHand();
  const assessments = useWorkspace((state) =>
    (hand === AGREED ? state.data[round.id]?.agreed : state.data[round.id]?.raters[hand]) ?? EMPTY_SHEET,
  );
  const groupLevels = useWorkspace((state) => (hand === AGREED ? state.data[round.id]?.levels : undefined) ?? EMPTY_LEVELS);
  return useMemo(() => ({ assessments, groupLevels }), [assessments, groupLevels]);
}

/** Where the county page writes a statement's score and note. */
export function useCell(county: string, statement: string): Cell {
  const { round } = useRound();
  const rater = useHand();
  return { round: round.id, rater, county, statement };
}
