import { expect, test } from 'vitest';
import { agreementTable } from '../../src/domain/agreement/agreement-table';
import { roundRaterScores } from '../../src/domain/agreement/round-rater-scores';
import { applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, roundRecordOf } from '../../src/domain/workspace/workspace';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();

const score = (round: string, rater: string, county: string, statement: string, value: 0 | 1 | 2): Change => ({
  field: 'score',
  round,
  rater,
  county,
  statement,
  value,
});

// Örjan and Bo scored Jönköping in 2026, Örjan marked it done and Bo did not; Cilla scored only in
// 2016; "gone" scored in 2026 but is no longer named.
const workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: '2016', value: { name: '2016', period: '2016', criteria: instrument.criteria.id } },
  { field: 'round', round: '2026', value: { name: '2026', period: '2026', criteria: instrument.criteria.id } },
  { field: 'rater', rater: 'orjan', value: { name: 'Örjan' } },
  { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  { field: 'rater', rater: 'cilla', value: { name: 'Cilla' } },
  score('2026', 'orjan', '06', '4.1', 2),
  score('2026', 'orjan', '06', '4.2', 1),
  { field: 'done', round: '2026', rater: 'orjan', county: '06', value: true },
  score('2026', 'bo', '06', '4.1', 2),
  score('2026', 'bo', '06', '4.2', 2),
  score('2026', 'gone', '06', '4.1', 1),
  score('2016', 'cilla', '06', '4.1', 0),
  score('2026', '', '06', '4.1', 2),
]);

test('every named rater is listed by name in Swedish order, with the round’s own scores or none', () => {
  const raters = roundRaterScores(workspace.raters, roundRecordOf(workspace, '2026').raters);
  expect(raters.map(({ rater, name }) => [rater, name])).toEqual([
    ['bo', 'Bo'],
    ['cilla', 'Cilla'],
    ['orjan', 'Örjan'],
    ['gone', 'gone'],
  ]);
  expect(raters[0]?.workspace.assessments['06']?.scores).toEqual({ '4.1': 2, '4.2': 2 });
  expect(raters[1]?.workspace.assessments).toEqual({});
});

test('scores count whether or not the rater has marked the county done, and the agreed scores are no rater’s', () => {
  const raters = roundRaterScores(workspace.raters, roundRecordOf(workspace, '2026').raters);
  const all = agreementTable(instrument, raters).rows.at(-1);
  // 4.1: Bo 2, Örjan 2, gone 1; 4.2: Bo 2, Örjan 1. The agreed 2 on 4.1 is not a fourth value.
  expect(all).toMatchObject({ units: 2, unanimous: 0 });
});

test('a sheet whose rater is no longer named is left out when it holds no score', () => {
  const emptied = applyChanges(workspace, [{ field: 'score', round: '2026', rater: 'gone', county: '06', statement: '4.1', value: null }]);
  const raters = roundRaterScores(emptied.raters, roundRecordOf(emptied, '2026').raters);
  expect(raters.map((rater) => rater.rater)).toEqual(['bo', 'cilla', 'orjan']);
});

test('a round without rater sheets still lists the named raters, with nothing scored', () => {
  const raters = roundRaterScores(workspace.raters, roundRecordOf(workspace, '2030').raters);
  expect(raters.map((rater) => [rater.rater, rater.workspace.assessments])).toEqual([
    ['bo', {}],
    ['cilla', {}],
    ['orjan', {}],
  ]);
});
