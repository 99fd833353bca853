import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { readScoresCsv } from './csv-support';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const CRITERIA = instrument.criteria.id;

export const score = (round: string, rater: string, county: string, statement: string, value: Score): Change => ({ field: 'score', round, rater, county, statement, value });
const note = (round: string, rater: string, county: string, statement: string, value: string): Change => ({ field: 'note', round, rater, county, statement, value });

/** Two rounds (the earlier by period listed second in the file's details), two raters, and what is not written: a reason, a group level, a done mark. */
export const sample: Workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: '2026-host', value: { name: 'Hösten 2026', period: '2026-09', criteria: CRITERIA } },
  { field: 'round', round: '2016', value: { name: '2016', period: '2016', criteria: CRITERIA } },
  { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  { field: 'rater', rater: 'anna', value: { name: 'Anna Berg' } },
  score('2026-host', 'bo', '06', '1.1', 1),
  score('2026-host', AGREED, '06', '1.1', 2),
  note('2026-host', AGREED, '06', '1.1', 'Forum; se "protokoll"'),
  score('2026-host', 'anna', '01', '3.3', 0),
  note('2026-host', 'anna', '01', '3.1', '=formel'),
  score('2016', AGREED, '25', '6.1', 1),
  { field: 'reason', round: '2026-host', county: '06', statement: '1.1', value: 'Bo missade forumet' },
  { field: 'level', round: '2026-host', county: '06', area: '1', value: { level: 2, reason: 'Styrgruppens beslut' } },
  { field: 'done', round: '2026-host', rater: 'bo', county: '06', value: true },
]);


/** Reads a long-form CSV into `current`, failing the test when it cannot be read or is read as one round. */
export function readRounds(text: string, current: Workspace = EMPTY_WORKSPACE): Workspace {
  const result = readScoresCsv(text, instrument, current);
  if (!result.ok) throw new Error(`the CSV could not be read: ${JSON.stringify(result.problems)}`);
  if (result.value.kind !== 'rounds') throw new Error('the CSV was read as one round');
  return result.value.workspace;
}
