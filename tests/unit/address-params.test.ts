import { describe, expect, test } from 'vitest';
import { readStatementSort as readHeatmapSort, statementSortUpdates as heatmapSortUpdates } from '../../src/components/statement-sort-params';
import { HEATMAP_DEFAULT_SORT, type HeatmapSort } from '../../src/domain/compare/heatmap';
import { OVERVIEW_DEFAULT_SORT, type CellRef, type OverviewSort } from '../../src/domain/compare/overview';
import { openCellUpdates, overviewSortUpdates, readOpenCell, readOverviewSort } from '../../src/features/compare/overview/overview-params';
import { chosenUpdates, onlyDifferencesUpdates, readChosen, readOnlyDifferences } from '../../src/features/compare/side-by-side/side-by-side-params';
import { perCountyUpdates, readPerCounty } from '../../src/features/report/report-params';
import { readRuleVariantParams, ruleVariantUpdates } from '../../src/providers/rule-variant-params';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const params = (query: string) => new URLSearchParams(query);
/** What the address holds after `setHashParams(updates)`: empty values are removed. */
const written = (updates: Record<string, string | null>) =>
  new URLSearchParams(Object.entries(updates).flatMap(([key, value]) => (value ? [[key, value]] : [])));

describe('Överblick', () => {
  test.each<[string, OverviewSort]>([
    ['', OVERVIEW_DEFAULT_SORT],
    ['sortera=lan', { key: { by: 'name' }, direction: 'asc' }],
    ['sortera=lan&ordning=fallande', { key: { by: 'name' }, direction: 'desc' }],
    ['sortera=omrade-3&ordning=fallande', { key: { by: 'area', areaId: '3' }, direction: 'desc' }],
    ['sortera=omrade-6&ordning=stigande', { key: { by: 'area', areaId: '6' }, direction: 'asc' }],
    ['sortera=omrade-9', OVERVIEW_DEFAULT_SORT],
    ['sortera=nonsens&ordning=fallande', OVERVIEW_DEFAULT_SORT],
    ['sortera=omrade-2&ordning=baklänges', { key: { by: 'area', areaId: '2' }, direction: 'asc' }],
  ])('"%s" is read as a sort', (query, sort) => {
    expect(readOverviewSort(params(query), instrument)).toEqual(sort);
  });

  test('a sort written to the address reads back the same, and the default order removes it', () => {
    const sort: OverviewSort = { key: { by: 'area', areaId: '4' }, direction: 'desc' };
    expect(overviewSortUpdates(sort)).toEqual({ sortera: 'omrade-4', ordning: 'fallande' });
    expect(readOverviewSort(written(overviewSortUpdates(sort)), instrument)).toEqual(sort);
    expect(overviewSortUpdates(OVERVIEW_DEFAULT_SORT)).toEqual({ sortera: null, ordning: null });
  });

  test.each<[string, CellRef | null]>([
    ['visa=06-3', { countyCode: '06', areaId: '3' }],
    ['visa=25-6', { countyCode: '25', areaId: '6' }],
    ['visa=02-3', null],
    ['visa=06-7', null],
    ['visa=06', null],
    ['', null],
  ])('"%s" names the cell whose reasons are shown', (query, cell) => {
    expect(readOpenCell(params(query), instrument)).toEqual(cell);
    if (cell) expect(openCellUpdates(cell)).toEqual({ visa: query.slice('visa='.length) });
  });

  test('closing the reasons removes the cell from the address', () => {
    expect(openCellUpdates(null)).toEqual({ visa: null });
  });
});

describe('Påståenden', () => {
  test.each<[string, HeatmapSort]>([
    ['', HEATMAP_DEFAULT_SORT],
    ['sortera=summa', { key: { by: 'total' }, direction: 'asc' }],
    ['sortera=summa&ordning=fallande', { key: { by: 'total' }, direction: 'desc' }],
    ['sortera=2.3&ordning=stigande', { key: { by: 'statement', statementId: '2.3' }, direction: 'asc' }],
    ['sortera=lan&ordning=fallande', { key: { by: 'name' }, direction: 'desc' }],
    ['sortera=1.9', HEATMAP_DEFAULT_SORT],
  ])('"%s" is read as a sort', (query, sort) => {
    expect(readHeatmapSort(params(query), instrument)).toEqual(sort);
  });

  test.each<HeatmapSort>([
    { key: { by: 'total' }, direction: 'desc' },
    { key: { by: 'statement', statementId: '5.8' }, direction: 'asc' },
    { key: { by: 'name' }, direction: 'asc' },
  ])('%j reads back the same from the address', (sort) => {
    expect(readHeatmapSort(written(heatmapSortUpdates(sort)), instrument)).toEqual(sort);
  });

  test('the default order removes the sort from the address', () => {
    expect(heatmapSortUpdates(HEATMAP_DEFAULT_SORT)).toEqual({ sortera: null, ordning: null });
  });
});

test('the chosen counties of Sida vid sida are one comma-separated list', () => {
  expect(readChosen(params('valda=06,17,24'))).toBe('06,17,24');
  expect(readChosen(params(''))).toBeNull();
  expect(chosenUpdates(['06', '17'])).toEqual({ valda: '06,17' });
  // An empty list is an empty value, which the address drops.
  expect(written(chosenUpdates([])).has('valda')).toBe(false);
});

test('Sida vid sida shows only the differences when the address says "skillnader=ja"', () => {
  expect(readOnlyDifferences(params('valda=06,17&skillnader=ja'))).toBe(true);
  expect(readOnlyDifferences(params('skillnader=nej'))).toBe(false);
  expect(readOnlyDifferences(params(''))).toBe(false);
  expect(readOnlyDifferences(written(onlyDifferencesUpdates(true)))).toBe(true);
  expect(onlyDifferencesUpdates(false)).toEqual({ skillnader: null });
});

test('the report’s county-by-county part is on only when the address says "lan=ja"', () => {
  expect(readPerCounty(params('lan=ja'))).toBe(true);
  expect(readPerCounty(params('lan=nej'))).toBe(false);
  expect(readPerCounty(written(perCountyUpdates(true)))).toBe(true);
  expect(perCountyUpdates(false)).toEqual({ lan: null });
});

test('a rule variant’s name and changes are read and written as two parameters, each left alone unless given', () => {
  expect(readRuleVariantParams(params('variant=Mildare&regel=5.3.1-2-6'))).toEqual({ name: 'Mildare', changes: '5.3.1-2-6', firstLevel: 1 });
  expect(readRuleVariantParams(params(''))).toEqual({ name: null, changes: null, firstLevel: 1 });
  // An address of the older form, levels numbered from 0; `regel` wins when both are there.
  expect(readRuleVariantParams(params('v=5.2.1-2-6'))).toEqual({ name: null, changes: '5.2.1-2-6', firstLevel: 0 });
  expect(readRuleVariantParams(params('v=5.2.1-2-6&regel=5.3.1-2-7'))).toEqual({ name: null, changes: '5.3.1-2-7', firstLevel: 1 });
  expect(ruleVariantUpdates({ name: 'Mildare' })).toEqual({ variant: 'Mildare' });
  expect(ruleVariantUpdates({ changes: '' })).toEqual({ regel: null, v: null });
  expect(ruleVariantUpdates({ name: 'A', changes: '5.3.1-2-6' })).toEqual({ variant: 'A', regel: '5.3.1-2-6', v: null });
});
