import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Instrument, InstrumentArea } from '../domain/criteria/instrument';
import { areaAssessment, readScores } from '../domain/rating/area-assessment';
import { rateArea, type AreaRating } from '../domain/rating/rate-area';
import type { Assessment } from '../domain/workspace/assessment';
import { AGREED } from '../domain/workspace/changes';
import { useRound } from './round-in-use';
import { assessmentIn, useHand } from './scoring-hand';
import { useWorkspace } from './services';

/**
 * A county's assessment as one area's rating sees it. It keeps its identity while those scores
 * stay the same, so a click in another area does not redraw this area's views.
 */
export function useAreaAssessment(area: InstrumentArea, countyCode: string): Assessment {
  const { round } = useRound();
  const hand = useHand();
  const scores = useWorkspace(useShallow((state) => readScores(area, assessmentIn(state, round.id, hand, countyCode))));
  return useMemo(() => areaAssessment(area, scores), [area, scores]);
}

/**
 * The area's rating as the county page shows it: from the scores in view, with the group's
 * level where the agreed scores are in view and the group set one.
 */
export function useAreaRating(instrument: Instrument, area: InstrumentArea, countyCode: string): AreaRating {
  const { round } = useRound();
  const hand = useHand();
  const assessment = useAreaAssessment(area, countyCode);
  const group = useWorkspace((state) => (hand === AGREED ? state.data[round.id]?.levels[countyCode]?.[area.area.id] : undefined));
  return useMemo(() => rateArea(instrument, area, assessment, group), [instrument, area, assessment, group]);
}
