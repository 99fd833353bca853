import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { InstrumentArea } from '../domain/criteria/instrument';
import { areaAssessment, readScores } from '../domain/rating/area-assessment';
import type { Assessment } from '../domain/workspace/assessment';
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
