import { expect, test } from 'vitest';
import { buildInstrument, type Instrument } from '../../src/domain/criteria/instrument';
import { changedConditions, compareRules } from '../../src/domain/rules/compare-rules';
import { applyVariant, variantFromCriteria, withThreshold, type RuleVariant, type Threshold } from '../../src/domain/rules/rule-variant';
import { allScored, idRange, loadCounties, loadCriteria, workspaceOf } from './load-instrument';

const criteria = loadCriteria();
const counties = loadCounties();
const defaultInstrument = buildInstrument(criteria, counties);
const defaults = () => variantFromCriteria(criteria, 'Prov');

function instrumentOf(variant: RuleVariant): Instrument {
  const result = applyVariant(criteria, variant);
  if (!result.ok) throw new Error('variant refused');
  return buildInstrument(result.value, counties);
}

const twos = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 2 as const]));

// 06 Jönköping: 6 of 5.1–5.8 at 2 (level 1 by default). 07 Kronoberg: all at 2. 08 Kalmar: all at 1.
const workspace = workspaceOf({
  '06': allScored(defaultInstrument, 1, twos(idRange('5.', 1, 6))),
  '07': allScored(defaultInstrument, 2),
  '08': allScored(defaultInstrument, 1),
});

/* [change, [area index, level index, condition index, thresholds], expected moves "code area from→to"] */
test.each<[string, [number, number, number, Threshold], string[]]>([
  ['area 5 level 2 lowered to at least 6 of 5.1–5.8 = 2', [4, 0, 0, { minScore: 2, atLeast: 6 }], ['06 5 1→2']],
  ['area 5 level 2 lowered to at least 7 of 5.1–5.8 = 2', [4, 0, 0, { minScore: 2, atLeast: 7 }], []],
  ['area 2 level 2 to at least 5 of 2.1–2.6 ≥ 1', [1, 0, 0, { minScore: 1, atLeast: 5 }], ['06 2 1→2', '08 2 1→2']],
  ['area 4 level 1 raised to 4.1 = 2', [3, 1, 0, { minScore: 2, atLeast: 1 }], ['06 4 1→0', '08 4 1→0']],
  ['area 3 level 1 first condition lowered to 3.1 ≥ 0', [2, 1, 0, { minScore: 0, atLeast: 1 }], []],
])('%s moves %j', (_change, [a, l, c, threshold], expected) => {
  const comparison = compareRules(defaultInstrument, instrumentOf(withThreshold(defaults(), a, l, c, threshold)), workspace);
  const moves = comparison.changes.map((change) => `${change.county.code} ${change.areaId} ${change.from.level}→${change.to.level}`);
  expect(moves).toEqual(expected);
  expect(comparison.ratedCounties).toBe(3);
});

test('the sensitivity example: the county with six twos moves to Välutvecklad in Figur 5', () => {
  const comparison = compareRules(defaultInstrument, instrumentOf(withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 6 })), workspace);
  const area5 = comparison.areas[4]!;
  expect(area5.figure).toBe(5);
  expect(area5.changes).toEqual([
    {
      county: { code: '06', name: 'Jönköping' },
      areaId: '5',
      from: { level: 1, label: expect.objectContaining({ sv: 'Bitvis välutvecklad kapacitet och kompetens' }) as unknown },
      to: { level: 2, label: expect.objectContaining({ sv: 'Välutvecklad kapacitet och kompetens' }) as unknown },
    },
  ]);
  expect(area5.default.levels.map((level) => level.count)).toEqual([0, 2, 1]);
  expect(area5.variant.levels.map((level) => level.count)).toEqual([0, 1, 2]);
  expect(area5.variant.levels[2]?.counties.map((county) => county.name)).toEqual(['Jönköping', 'Kronoberg']);
  for (const other of comparison.areas.filter((area) => area.areaId !== '5')) {
    expect(other.changes).toEqual([]);
    expect(other.variant.levels).toEqual(other.default.levels);
  }
});

test('the same rule changes nothing; an empty workspace rates no county', () => {
  const same = compareRules(defaultInstrument, instrumentOf(defaults()), workspace);
  expect(same.changes).toEqual([]);
  const empty = compareRules(defaultInstrument, instrumentOf(withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 1 })), workspaceOf({}));
  expect(empty.changes).toEqual([]);
  expect(empty.ratedCounties).toBe(0);
  expect(empty.areas.every((area) => area.default.ratedCount === 0 && area.variant.ratedCount === 0)).toBe(true);
});

test('a county not rated in an area is not listed as a change', () => {
  const partial = workspaceOf({ '06': { scores: twos(idRange('5.', 1, 6)), notes: {} } });
  const comparison = compareRules(defaultInstrument, instrumentOf(withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 1 })), partial);
  expect(comparison.changes).toEqual([]);
  expect(comparison.ratedCounties).toBe(0);
});

test('the changed conditions are those whose thresholds differ, with their area and level, and none for the default rule', () => {
  expect(changedConditions(defaultInstrument, instrumentOf(defaults()))).toEqual([]);
  const variant = withThreshold(withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 6 }), 1, 1, 0, { minScore: 2, atLeast: 1 });
  const changed = changedConditions(defaultInstrument, instrumentOf(variant));
  expect(changed.map(({ areaId, level, before, after }) => [areaId, level, `${before.atLeast}/${before.minScore}`, `${after.atLeast}/${after.minScore}`])).toEqual([
    ['2', 1, '1/1', '1/2'],
    ['5', 2, '8/2', '6/2'],
  ]);
});
