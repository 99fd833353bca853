import fc from 'fast-check';
import { expect, test } from 'vitest';
import { TIERS, type Informant, type Tier } from '../../src/domain/informants/informant';
import { countyInformants, nextPosition } from '../../src/domain/informants/informant-list';
import { informantsByCounty, informantsByTier, type Totals } from '../../src/domain/informants/informant-totals';
import { compareWithReported } from '../../src/domain/informants/reported-comparison';
import type { RoundRecord } from '../../src/domain/workspace/workspace';
import { loadInstrument } from './load-instrument';

const { counties } = loadInstrument();

const row = (organisation: string, tier: Tier, visit: number, phone: number, position: number): Informant => ({ organisation, tier, visit, phone, position });

/** Jönköping and Kronoberg as Bilaga 3 lists them, kept under ids that do not follow the list's order. */
const record: Pick<RoundRecord, 'informants'> = {
  informants: {
    '06': {
      z: row('Kommunal utveckling - FoUrum social välfärd', 'lansgemensam', 2, 0, 0),
      a: row('Sektion folkhälsa', 'region', 0, 1, 1),
      m: row('Regional utveckling - arbetsmarknad/skola', 'region', 0, 1, 2),
      b: row('Höglandets Samordningsförbund', 'annan', 0, 1, 3),
      c: row('Hälsöhögskolan Jönköping', 'annan', 0, 1, 4),
    },
    '07': {
      k1: row('Vuxenpsykiatri', 'region', 1, 0, 0),
      k2: row('Folkhälsa och social utveckling', 'region', 1, 0, 1),
      k3: row('Socialchef', 'kommun', 1, 0, 2),
      k4: row('Samordningsförbundet Varend', 'annan', 0, 1, 3),
    },
  },
};

const totals = (organisations: number, visit: number, phone: number): Totals => ({ organisations, visit, phone, total: visit + phone });

test('a county’s organisations come in the order of its list, not of their ids', () => {
  expect(countyInformants(record, '06').map((entry) => [entry.id, entry.organisation])).toEqual([
    ['z', 'Kommunal utveckling - FoUrum social välfärd'],
    ['a', 'Sektion folkhälsa'],
    ['m', 'Regional utveckling - arbetsmarknad/skola'],
    ['b', 'Höglandets Samordningsförbund'],
    ['c', 'Hälsöhögskolan Jönköping'],
  ]);
});

test.each([
  ['a county without organisations', '25', []],
  ['two rows at one position (added in two tabs at once), by id', '09', ['x', 'y', 'w']],
])('%s', (_what, county, ids) => {
  const twoTabs = { informants: { '09': { y: row('B', 'kommun', 1, 0, 0), x: row('A', 'kommun', 1, 0, 0), w: row('C', 'annan', 0, 1, 5) } } };
  expect(countyInformants(twoTabs, county).map((entry) => entry.id)).toEqual(ids);
});

test.each([
  ['an empty list', [], 0],
  ['a list in order', [0, 1, 2], 3],
  ['a list with gaps after removals', [0, 4, 2], 5],
])('a row added to %s goes one after the last', (_what, positions, next) => {
  expect(nextPosition(positions.map((position) => ({ position })))).toBe(next);
});

test('the table per county has a row per county of the list, in its order, and the totals of all', () => {
  const table = informantsByCounty(record, counties);
  expect(table.rows.map((entry) => entry.key.code)).toEqual(counties.map((county) => county.code));
  const byCode = new Map(table.rows.map((entry) => [entry.key.code, entry.totals]));
  expect(byCode.get('06')).toEqual(totals(5, 2, 4));
  expect(byCode.get('07')).toEqual(totals(4, 3, 1));
  expect(byCode.get('01')).toEqual(totals(0, 0, 0));
  expect(table.total).toEqual(totals(9, 5, 5));
});

test('the table per tier has a row per tier in the order of Bilaga 3, with the same totals', () => {
  const table = informantsByTier(record, counties);
  expect(table.rows).toEqual([
    { key: 'lansgemensam', totals: totals(1, 2, 0) },
    { key: 'landsting', totals: totals(0, 0, 0) },
    { key: 'region', totals: totals(4, 2, 2) },
    { key: 'kommun', totals: totals(1, 1, 0) },
    { key: 'delregional', totals: totals(0, 0, 0) },
    { key: 'annan', totals: totals(3, 0, 3) },
  ]);
  expect(table.total).toEqual(informantsByCounty(record, counties).total);
});

test.each<[string, RoundRecord['reported'], ReturnType<typeof compareWithReported>]>([
  ['no totals from a source', {}, null],
  [
    'the report’s figures against rows that give one visit more and one call less',
    { visit: 4, phone: 6 },
    { rows: { visit: 5, phone: 5, total: 10 }, reported: { visit: 4, phone: 6, total: 10 }, difference: { visit: 1, phone: -1 }, agrees: false },
  ],
  ['figures that agree', { visit: 5, phone: 5 }, { rows: { visit: 5, phone: 5, total: 10 }, reported: { visit: 5, phone: 5, total: 10 }, difference: { visit: 0, phone: 0 }, agrees: true }],
  ['visits alone, which agree', { visit: 5 }, { rows: { visit: 5, phone: 5, total: 10 }, reported: { visit: 5 }, difference: { visit: 0 }, agrees: true }],
  ['calls alone, which differ', { phone: 7 }, { rows: { visit: 5, phone: 5, total: 10 }, reported: { phone: 7 }, difference: { phone: -2 }, agrees: false }],
])('the comparison with %s', (_what, reported, expected) => {
  expect(compareWithReported(informantsByCounty(record, counties).total, reported)).toEqual(expected);
});

// Random lists of organisations, in counties of the list and in one it lacks ('99').
const informantArb = fc.record({
  organisation: fc.constantFrom('Socialchef', 'Psykiatri', 'FoU'),
  tier: fc.constantFrom(...TIERS),
  visit: fc.integer({ min: 0, max: 9 }),
  phone: fc.integer({ min: 0, max: 9 }),
  position: fc.integer({ min: 0, max: 20 }),
});
const recordArb = fc
  .dictionary(fc.constantFrom('01', '06', '13', '25', '99'), fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), informantArb, { maxKeys: 6 }))
  .map((informants): Pick<RoundRecord, 'informants'> => ({ informants }));

const sumOf = (rows: readonly { totals: Totals }[]): Totals =>
  rows.reduce((all, { totals: t }) => totals(all.organisations + t.organisations, all.visit + t.visit, all.phone + t.phone), totals(0, 0, 0));

test('the "Totalt" row of each table is the sum of its rows, and both tables give the same totals', () => {
  fc.assert(
    fc.property(recordArb, (random) => {
      const byCounty = informantsByCounty(random, counties);
      const byTier = informantsByTier(random, counties);
      expect(byCounty.total).toEqual(sumOf(byCounty.rows));
      expect(byTier.total).toEqual(sumOf(byTier.rows));
      expect(byTier.total).toEqual(byCounty.total);
    }),
  );
});

test('the totals count every organisation of the listed counties, and each one’s people once', () => {
  fc.assert(
    fc.property(recordArb, (random) => {
      const listed = counties.flatMap(({ code }) => countyInformants(random, code));
      const { total } = informantsByCounty(random, counties);
      expect(total.organisations).toBe(listed.length);
      expect(total.visit).toBe(listed.reduce((sum, entry) => sum + entry.visit, 0));
      expect(total.phone).toBe(listed.reduce((sum, entry) => sum + entry.phone, 0));
      expect(total.total).toBe(total.visit + total.phone);
    }),
  );
});

test('a county’s list keeps every organisation once, ordered by position', () => {
  fc.assert(
    fc.property(recordArb, fc.constantFrom('01', '06', '13', '25'), (random, county) => {
      const rows = countyInformants(random, county);
      expect(rows.map((entry) => entry.id).sort()).toEqual(Object.keys(random.informants[county] ?? {}).sort());
      rows.slice(1).forEach((entry, index) => expect(entry.position).toBeGreaterThanOrEqual(rows[index]?.position ?? 0));
      expect(rows.every((entry) => entry.position < nextPosition(rows))).toBe(true);
    }),
  );
});
