import type { InstrumentArea } from '../criteria/instrument';
import type { Score } from '../score';
import type { Assessment } from '../workspace/assessment';

/** The scores an area's rating reads (`area.readIds`, in that order), unscored as undefined. */
export function readScores(area: InstrumentArea, assessment: Assessment | undefined): (Score | undefined)[] {
  return area.readIds.map((id) => assessment?.scores[id]);
}

/**
 * An assessment holding only the scores an area's rating reads, and no notes. Rating it gives the
 * same answer as rating the whole assessment, so a view that keeps the scores from `readScores`
 * needs redrawing only when one of them changes, not on every click in another area.
 */
export function areaAssessment(area: InstrumentArea, scores: readonly (Score | undefined)[]): Assessment {
  const kept: Record<string, Score> = {};
  area.readIds.forEach((id, i) => {
    const score = scores[i];
    if (score !== undefined) kept[id] = score;
  });
  return { scores: kept, notes: {} };
}
