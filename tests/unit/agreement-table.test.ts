import fc from 'fast-check';
import { expect, test } from 'vitest';
import { agreementTable, type RaterScores } from '../../src/domain/agreement/agreement-table';
import { cohenKappa, kappaTable } from '../../src/domain/agreement/cohen-kappa';
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

test('whatever up to six raters gave, every row, pair and statement is what the statistics make of its units', () => {
  // Four counties and the statements of areas 3 and 4 and two of area 1: small enough to draw
  // often, with units of every size from none to six raters.
  const counties = ['01', '06', '08', '25'];
  const statements = ['1.1', '1.5', '3.1', '3.2', '3.3', '4.1', '4.2'];
  const sheet = fc.dictionary(fc.constantFrom(...counties), fc.dictionary(fc.constantFrom(...statements), fc.constantFrom<Score>(0, 1, 2)));
  fc.assert(
    fc.property(fc.array(sheet, { maxLength: 6 }), (sheets) => {
      const raters = sheets.map((scores, i) => rater(`R${i}`, scores));
      const scoreOf = (r: RaterScores, county: string, id: string) => r.workspace.assessments[county]?.scores[id];
      const unitsOf = (ids: readonly string[]) =>
        instrument.counties
          .flatMap((county) => ids.map((id) => raters.map((r) => scoreOf(r, county.code, id)).filter((score) => score !== undefined)))
          .filter((unit) => unit.length >= 2);
      const table = agreementTable(instrument, raters);
      [...instrument.areas.map((area) => area.statementIds), instrument.statementIds].forEach((ids, i) => {
        const units = unitsOf(ids);
        const row = table.rows[i];
        expect(row?.units).toBe(units.length);
        expect(row?.unanimous).toBe(units.length === 0 ? null : units.filter((unit) => unit.every((score) => score === unit[0])).length / units.length);
        const alpha = units.length < 2 ? null : krippendorffAlpha(units, 'ordinal');
        // Counted as whole numbers and divided once, alpha is exact where the unit-by-unit sums are
        // (units of two, three or five raters) and within rounding otherwise.
        if (alpha === null || row?.alpha === null) expect(row?.alpha).toBe(alpha);
        else if (units.every((unit) => [2, 3, 5].includes(unit.length))) expect(row?.alpha).toBe(alpha);
        else expect(row?.alpha).toBeCloseTo(alpha, 12);
      });
      table.pairs.forEach((pair) => {
        const [first, second] = [raters.find((r) => r.rater === pair.first), raters.find((r) => r.rater === pair.second)];
        const both = instrument.counties.flatMap((county) =>
          instrument.statementIds.flatMap((id) => {
            const a = first && scoreOf(first, county.code, id);
            const b = second && scoreOf(second, county.code, id);
            return a === undefined || b === undefined ? [] : [[a, b] as const];
          }),
        );
        expect(pair.units).toBe(both.length);
        expect(pair.kappa).toBe(both.length < 2 ? null : cohenKappa(kappaTable(both, [0, 1, 2]), 'linear'));
      });
      expect(table.statements.map((line) => line.statementId)).toEqual(
        statements.filter((id) => unitsOf([id]).length > 0).sort((a, b) => {
          const share = (id: string) => unitsOf([id]).filter((unit) => unit.every((score) => score === unit[0])).length / unitsOf([id]).length;
          return share(a) - share(b) || (instrument.order.get(a) ?? 0) - (instrument.order.get(b) ?? 0);
        }),
      );
    }),
  );
});
