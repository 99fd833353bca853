import { describe, expect, test } from 'vitest';
import {
  buildOverview,
  countLevels,
  OVERVIEW_DEFAULT_SORT,
  overviewRows,
  sameOverviewKey,
  sortOverviewRows,
  type OverviewSort,
} from '../../src/domain/compare/overview';
import { compareMissingLast, nextSort } from '../../src/domain/compare/sorting';
import { EMPTY_ROUND_SCORES } from '../../src/domain/workspace/assessment';
import { allScored, loadInstrument, partlyScored, workspaceOf } from './load-instrument';

const instrument = loadInstrument();
const CODES = instrument.counties.map((county) => county.code);

/**
 * Stockholm all 0 (weakest everywhere), Uppsala all 1 with 1.1 = 2 (middle), Skåne and Gotland all
 * 2 (strongest; a tie), Värmland missing five statements (only area 3 rated, at the middle level).
 */
const workspace = workspaceOf({
  '01': allScored(instrument, 0),
  '03': allScored(instrument, 1, { '1.1': 2 }),
  '12': allScored(instrument, 2),
  '09': allScored(instrument, 2),
  '17': partlyScored(instrument),
});
const rows = overviewRows(instrument, workspace);
const rest = (...first: string[]) => CODES.filter((code) => !first.includes(code));
const codes = (sort: OverviewSort) => sortOverviewRows(rows, sort).map((row) => row.county.code);

describe('sorting the rows', () => {
  test.each<[string, OverviewSort, string[]]>([
    ['county-list order by default', OVERVIEW_DEFAULT_SORT, CODES],
    // Ties (Gotland and Skåne at 2) keep county order; not rated last in both directions.
    ['area 6 ascending: weakest first, not rated last', { key: { by: 'area', areaId: '6' }, direction: 'asc' }, ['01', '03', '09', '12', ...rest('01', '03', '09', '12')]],
    ['area 6 descending: strongest first, ties in county order', { key: { by: 'area', areaId: '6' }, direction: 'desc' }, ['09', '12', '03', '01', ...rest('01', '03', '09', '12')]],
    ['area 3 ascending: Värmland ties with Uppsala after it', { key: { by: 'area', areaId: '3' }, direction: 'asc' }, ['01', '03', '17', '09', '12', ...rest('01', '03', '09', '12', '17')]],
    ['area 3 descending', { key: { by: 'area', areaId: '3' }, direction: 'desc' }, ['09', '12', '03', '17', '01', ...rest('01', '03', '09', '12', '17')]],
  ])('%s', (_, sort, expected) => {
    expect(codes(sort)).toEqual(expected);
  });

  test('by name uses Swedish order: Å, Ä and Ö after Z', () => {
    const names = sortOverviewRows(rows, { key: { by: 'name' }, direction: 'asc' }).map((row) => row.county.name);
    expect(names.slice(-8)).toEqual(['Uppsala', 'Värmland', 'Västerbotten', 'Västernorrland', 'Västmanland', 'Västra Götaland', 'Örebro', 'Östergötland']);
    expect(names[0]).toBe('Blekinge');
    const descending = sortOverviewRows(rows, { key: { by: 'name' }, direction: 'desc' }).map((row) => row.county.name);
    expect(descending).toEqual([...names].reverse());
  });

  test('an empty workspace sorted by an area keeps county order (everything ties as not rated)', () => {
    const empty = overviewRows(instrument, EMPTY_ROUND_SCORES);
    for (const direction of ['asc', 'desc'] as const) {
      expect(sortOverviewRows(empty, { key: { by: 'area', areaId: '1' }, direction }).map((row) => row.county.code)).toEqual(CODES);
    }
  });

  test('sorting returns a new array and leaves the given one alone', () => {
    const before = rows.map((row) => row.county.code);
    sortOverviewRows(rows, { key: { by: 'name' }, direction: 'desc' });
    expect(rows.map((row) => row.county.code)).toEqual(before);
  });
});

describe('footer counts', () => {
  test.each<[string, number[], number]>([
    ['1', [1, 1, 2], 17],
    ['3', [1, 2, 2], 16],
    ['6', [1, 1, 2], 17],
  ])('area %s: counties per level weakest first, and not rated', (areaId, perLevel, notRated) => {
    const counts = countLevels(instrument, rows).find((area) => area.areaId === areaId);
    expect(counts?.levels.map((level) => level.count)).toEqual(perLevel);
    expect(counts?.notRated).toBe(notRated);
  });

  test('an empty workspace leaves all 21 not rated in every area', () => {
    for (const area of countLevels(instrument, overviewRows(instrument, EMPTY_ROUND_SCORES))) {
      expect([...area.levels.map((level) => level.count), area.notRated]).toEqual([0, 0, 0, 21]);
    }
  });

  test('the counts do not depend on the sort, and name the levels', () => {
    const overview = buildOverview(instrument, workspace, { key: { by: 'area', areaId: '2' }, direction: 'desc' });
    expect(overview.counts).toEqual(countLevels(instrument, rows));
    expect(overview.counts[3]?.levels.map((level) => level.label.sv)).toEqual([
      'Outvecklade samarbeten och överblick',
      'Bitvis välutvecklade samarbeten och överblick',
      'Välutvecklade samarbeten och överblick',
    ]);
    expect(overview.coverage).toEqual({ total: 21, statements: 32, complete: 4, partial: 1, empty: 16 });
  });
});

test('clicking a header sorts ascending, clicking it again turns the order around', () => {
  const area3 = { by: 'area', areaId: '3' } as const;
  const first = nextSort(OVERVIEW_DEFAULT_SORT, area3, sameOverviewKey);
  expect(first).toEqual({ key: area3, direction: 'asc' });
  expect(nextSort(first, area3, sameOverviewKey).direction).toBe('desc');
  expect(nextSort({ key: area3, direction: 'desc' }, area3, sameOverviewKey).direction).toBe('asc');
  expect(nextSort(first, { by: 'area', areaId: '4' }, sameOverviewKey).direction).toBe('asc');
});

test.each([
  [1, 2, 'asc', -1],
  [1, 2, 'desc', 1],
  [null, 0, 'asc', 1],
  [null, 0, 'desc', 1],
  [2, null, 'desc', -1],
  [null, null, 'asc', 0],
] as const)('compareMissingLast(%s, %s, %s) has the sign of %i', (a, b, direction, sign) => {
  expect(Math.sign(compareMissingLast(a, b, direction))).toBe(sign);
});
