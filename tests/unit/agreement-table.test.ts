import fc from 'fast-check';
import { expect, test } from 'vitest';
import { agreementTable, type RaterScores } from '../../src/domain/agreement/agreement-table';
import { krippendorffAlpha } from '../../src/domain/agreement/krippendorff-alpha';
import type { Score } from '../../src/domain/score';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();

function rater(name: string, scores: Record<string, Record<string, Score>>): RaterScores {
  return { rater: name, workspace: { assessments: Object.fromEntries(Object.entries(scores).map(([county, s]) => [county, { scores: s, notes: {} }])) } };
}

// Jönköping: A and B agree on 4.1, differ by one on 4.2; C scored 4.1 only, like A. Kalmar: A alone.
const RATERS = [
  rater('A', { '06': { '4.1': 2, '4.2': 1 }, '08': { '4.1': 0 } }),
  rater('B', { '06': { '4.1': 2, '4.2': 2 } }),
  rater('C', { '06': { '4.1': 2 } }),
];

test('a unit is a county × statement scored by two raters or more; area 4 has two, the other areas none', () => {
  const { rows } = agreementTable(instrument, RATERS);
  expect(rows.map((row) => [row.areaId, row.units, row.unanimous])).toEqual([
    ['1', 0, null],
    ['2', 0, null],
    ['3', 0, null],
    ['4', 2, 0.5],
    ['5', 0, null],
    ['6', 0, null],
    [null, 2, 0.5],
  ]);
  expect(rows[3]?.alpha).toBeCloseTo(krippendorffAlpha([[2, 2, 2], [1, 2]], 'ordinal') ?? Number.NaN, 10);
  expect(rows[0]?.alpha).toBeNull();
});

test('each pair of raters is compared over the units both scored, with linear-weighted kappa', () => {
  const { pairs } = agreementTable(instrument, RATERS);
  expect(pairs.map(({ first, second, units }) => [first, second, units])).toEqual([
    ['A', 'B', 2],
    ['A', 'C', 1],
    ['B', 'C', 1],
  ]);
  // One unit, both 2: no variation, so kappa is undefined rather than 1 or 0.
  expect(pairs[1]?.kappa).toBeNull();
});

test('the statements are listed least agreed first, only those with a unit', () => {
  const { statements } = agreementTable(instrument, RATERS);
  expect(statements).toEqual([
    { statementId: '4.2', units: 1, unanimous: 0 },
    { statementId: '4.1', units: 1, unanimous: 1 },
  ]);
});

test('raters who give the same scores agree unanimously on every unit, whatever the scores', () => {
  const scores = fc.dictionary(fc.constantFrom(...instrument.statementIds.slice(0, 8)), fc.constantFrom<Score>(0, 1, 2), { minKeys: 1 });
  fc.assert(
    fc.property(scores, (given) => {
      const same = [rater('A', { '01': given }), rater('B', { '01': given })];
      const all = agreementTable(instrument, same).rows.at(-1);
      expect(all?.units).toBe(Object.keys(given).length);
      expect(all?.unanimous).toBe(1);
      if (all?.alpha !== null) expect(all?.alpha).toBeCloseTo(1, 10);
    }),
  );
});

test('over a single unit, alpha and kappa are undefined rather than a 0 that says nothing', () => {
  const { rows, pairs } = agreementTable(instrument, [rater('A', { '06': { '4.1': 1 } }), rater('B', { '06': { '4.1': 2 } })]);
  expect(rows[3]).toEqual({ areaId: '4', units: 1, unanimous: 0, alpha: null });
  expect(pairs).toEqual([{ first: 'A', second: 'B', units: 1, kappa: null }]);
  expect(krippendorffAlpha([[1, 2]], 'ordinal')).toBe(0);
});
