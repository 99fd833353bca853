import { describe, expect, test } from 'vitest';
import {
  buildHeatmap,
  HEATMAP_DEFAULT_SORT,
  heatmapGroups,
  heatmapRows,
  sameHeatmapKey,
  sortHeatmapRows,
  statementDistributions,
  type HeatmapSort,
} from '../../src/domain/compare/heatmap';
import { EMPTY_ROUND_SCORES } from '../../src/domain/workspace/assessment';
import { allScored, allStatementIds, loadInstrument, partlyScored, scoresFrom, workspaceOf } from './load-instrument';

const instrument = loadInstrument();
const CODES = instrument.counties.map((county) => county.code);

/**
 * Stockholm all 0 (total 0), Uppsala all 1 with 1.1 = 2 (33), Skåne all 2 (64), Värmland all 1
 * but five unscored (27), Kalmar only 2.3 = 2 (2), Gotland only 2.3 = 1 and 1.1 = 1 (2, a tie).
 */
const workspace = workspaceOf({
  '01': allScored(instrument, 0),
  '03': allScored(instrument, 1, { '1.1': 2 }),
  '12': allScored(instrument, 2),
  '17': partlyScored(instrument),
  '08': scoresFrom({ '2.3': 2 }),
  '09': scoresFrom({ '2.3': 1, '1.1': 1 }),
});
const rows = heatmapRows(instrument, workspace);
const scored = ['01', '03', '08', '09', '12', '17'];
const rest = (...first: string[]) => CODES.filter((code) => !first.includes(code));
const codes = (sort: HeatmapSort) => sortHeatmapRows(rows, sort).map((row) => row.county.code);

test('every county gets a row with a cell per statement in instrument order, a total and a count', () => {
  expect(rows.map((row) => row.county.code)).toEqual(CODES);
  const byCode = new Map(rows.map((row) => [row.county.code, row]));
  expect(byCode.get('03')?.cells.map((cell) => cell.statementId)).toEqual(allStatementIds(instrument));
  expect([...byCode.entries()].filter(([code]) => scored.includes(code)).map(([code, row]) => [code, row.total, row.scored])).toEqual([
    ['01', 0, 32],
    ['03', 33, 32],
    ['08', 2, 1],
    ['09', 2, 2],
    ['12', 64, 32],
    ['17', 27, 27],
  ]);
  // Nothing scored is no total at all, not 0.
  expect(byCode.get('06')).toMatchObject({ total: null, scored: 0 });
  expect(byCode.get('17')?.cells.find((cell) => cell.statementId === '4.2')?.score).toBeNull();
  expect(byCode.get('01')?.cells.find((cell) => cell.statementId === '4.2')?.score).toBe(0);
});

describe('sorting the rows', () => {
  test.each<[string, HeatmapSort, string[]]>([
    ['county-list order by default', HEATMAP_DEFAULT_SORT, CODES],
    ['total ascending; the tie Kalmar/Gotland keeps county order; unscored last', { key: { by: 'total' }, direction: 'asc' }, ['01', '08', '09', '17', '03', '12', ...rest(...scored)]],
    ['total descending', { key: { by: 'total' }, direction: 'desc' }, ['12', '03', '17', '08', '09', '01', ...rest(...scored)]],
    ['statement 2.3 ascending; Värmland has no score on it and goes last with the rest', { key: { by: 'statement', statementId: '2.3' }, direction: 'asc' }, ['01', '03', '09', '08', '12', ...rest('01', '03', '08', '09', '12')]],
    ['statement 2.3 descending', { key: { by: 'statement', statementId: '2.3' }, direction: 'desc' }, ['08', '12', '03', '09', '01', ...rest('01', '03', '08', '09', '12')]],
    ['statement 1.1 descending', { key: { by: 'statement', statementId: '1.1' }, direction: 'desc' }, ['03', '12', '09', '01', ...rest('01', '03', '09', '12')]],
  ])('%s', (_, sort, expected) => {
    expect(codes(sort)).toEqual(expected);
  });

  test('by name in Swedish order', () => {
    const names = sortHeatmapRows(rows, { key: { by: 'name' }, direction: 'desc' }).map((row) => row.county.name);
    expect(names.slice(0, 3)).toEqual(['Östergötland', 'Örebro', 'Västra Götaland']);
  });

  test('with nothing scored every sort keeps county order', () => {
    const empty = heatmapRows(instrument, EMPTY_ROUND_SCORES);
    for (const sort of [{ key: { by: 'total' }, direction: 'desc' }, { key: { by: 'statement', statementId: '5.5' }, direction: 'asc' }] as HeatmapSort[]) {
      expect(sortHeatmapRows(empty, sort).map((row) => row.county.code)).toEqual(CODES);
    }
  });
});

describe('per-statement distributions', () => {
  const distributions = statementDistributions(instrument, rows);
  test.each([
    ['1.1', [1, 1, 2], 17],
    ['2.3', [1, 2, 2], 16],
    ['4.2', [1, 1, 1], 18],
    ['6.4', [1, 2, 1], 17],
  ] as const)('%s: counties with 0, 1 and 2, and unscored', (id, [zero, one, two], unscored) => {
    const distribution = distributions.find((candidate) => candidate.statementId === id);
    expect(distribution).toEqual({ statementId: id, counts: { 0: zero, 1: one, 2: two }, unscored });
  });

  test('every distribution adds up to 21, and an empty workspace is all unscored', () => {
    for (const distribution of distributions) {
      expect(distribution.counts[0] + distribution.counts[1] + distribution.counts[2] + distribution.unscored).toBe(21);
    }
    for (const distribution of statementDistributions(instrument, heatmapRows(instrument, EMPTY_ROUND_SCORES))) {
      expect(distribution).toMatchObject({ counts: { 0: 0, 1: 0, 2: 0 }, unscored: 21 });
    }
  });
});

test('the column groups are the six areas with their statements, full title for headings and short for columns', () => {
  expect(heatmapGroups(instrument).map((group) => [group.areaId, group.statementIds.length, group.title.sv, group.shortTitle.sv])).toEqual([
    ['1', 8, 'Styrning och mandat inom politik och förvaltning', 'Styrning och mandat'],
    ['2', 6, 'Aktörer med länsövergripande utvecklingsansvar', 'Aktörer med utvecklingsansvar'],
    ['3', 3, 'Geografi och täckning', 'Geografi och täckning'],
    ['4', 2, 'Förutsättningar för samarbete', 'Samarbeten'],
    ['5', 8, 'Kapacitet och kompetens för utvecklingsstöd i länet', 'Kapacitet och kompetens'],
    ['6', 5, 'Kvalitetssäkring på länsövergripande nivå', 'Kvalitetssäkring'],
  ]);
  const heatmap = buildHeatmap(instrument, workspace, { key: { by: 'total' }, direction: 'desc' });
  expect(heatmap.rows[0]?.county.name).toBe('Skåne');
  expect(heatmap.coverage).toEqual({ total: 21, statements: 32, complete: 3, partial: 3, empty: 15 });
});

describe('sort keys', () => {
  test('statement keys are the same only for the same statement', () => {
    expect(sameHeatmapKey({ by: 'statement', statementId: '2.3' }, { by: 'statement', statementId: '2.3' })).toBe(true);
    expect(sameHeatmapKey({ by: 'statement', statementId: '2.3' }, { by: 'statement', statementId: '2.4' })).toBe(false);
    expect(sameHeatmapKey({ by: 'total' }, { by: 'statement', statementId: '2.3' })).toBe(false);
    expect(sameHeatmapKey({ by: 'total' }, { by: 'total' })).toBe(true);
  });
});
