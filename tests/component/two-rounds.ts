import type { Round } from '../../src/domain/rounds/round';
import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { workspaceWithRound, type Workspace } from '../../src/domain/workspace/workspace';
import { allScored, loadInstrument } from '../unit/load-instrument';

const instrument = loadInstrument();

/** A round of the shipped criteria whose period is its id. */
export const round = (id: string, name: string, ruleRevision: number): Round => ({ id, name, period: id, criteria: instrument.criteria.id, ruleRevision });

/** Every statement of `county` scored `value` in `roundId`, with the exceptions, as agreed scores. */
function scored(roundId: string, county: string, value: Score, exceptions: Record<string, Score> = {}): Change[] {
  return Object.entries(allScored(instrument, value, exceptions).scores).map(([statement, score]) => ({
    field: 'score', round: roundId, rater: AGREED, county, statement, value: score,
  }));
}

/**
 * 2016: Jönköping all 1, Kronoberg all 2, Kalmar all 0. 2026: Jönköping all 2, Kronoberg all 1,
 * Kalmar all 0 but 4.1 = 1, and Gotland all 1 (not scored in 2016).
 */
export function twoRounds(revisions: [number, number] = [2, 2]): Workspace {
  const [first, second] = [round('2016', 'Länsinventering 2016', revisions[0]), round('2026', 'Uppföljning 2026', revisions[1])];
  const { id, ...details } = second;
  return applyChanges(workspaceWithRound(first), [
    { field: 'round', round: id, value: details },
    ...scored('2016', '06', 1),
    ...scored('2016', '07', 2),
    ...scored('2016', '08', 0),
    ...scored('2026', '06', 2),
    ...scored('2026', '07', 1),
    ...scored('2026', '08', 0, { '4.1': 1 }),
    ...scored('2026', '09', 1),
  ]);
}

