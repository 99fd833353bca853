import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument } from '../criteria/instrument';
import { rateCounty, type AreaRating } from '../rating/rate-area';
import { assessmentOf, countScored, type Workspace } from '../workspace/workspace';

/** Ascending puts the weakest level (the lowest score, the name first in Swedish order) first. */
export type SortDirection = 'asc' | 'desc';

/** Anything a URL query can be read from (`URLSearchParams`). */
export type ParamSource = { get(name: string): string | null };

/** The query parameters of a sorted view: `?sortera=omrade-3&ordning=fallande`. */
export const SORT_PARAM = 'sortera';
export const DIRECTION_PARAM = 'ordning';
const DIRECTION_WORDS: Record<SortDirection, string> = { asc: 'stigande', desc: 'fallande' };

export function parseDirection(params: ParamSource): SortDirection {
  return params.get(DIRECTION_PARAM) === DIRECTION_WORDS.desc ? 'desc' : 'asc';
}

export function directionParam(direction: SortDirection): string {
  return DIRECTION_WORDS[direction];
}

/**
 * Compares two optional numbers in a direction; a missing value (not rated, unscored) comes last
 * in both directions, so sorting never hides the counties that have something to show.
 */
export function compareMissingLast(a: number | null, b: number | null, direction: SortDirection): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return direction === 'asc' ? a - b : b - a;
}

/** County names in Swedish alphabetical order (Å, Ä, Ö last). */
export function compareNames(a: County, b: County, direction: SortDirection): number {
  const order = a.name.localeCompare(b.name, 'sv');
  return direction === 'asc' ? order : -order;
}

/** How far the counties are scored: fully (every statement), partly, or not at all. */
export type Coverage = { total: number; statements: number; complete: number; partial: number; empty: number };

export function countyCoverage(instrument: Instrument, workspace: Workspace): Coverage {
  const ids = instrument.statementIds;
  const coverage: Coverage = { total: instrument.counties.length, statements: ids.length, complete: 0, partial: 0, empty: 0 };
  for (const county of instrument.counties) {
    const scored = countScored(assessmentOf(workspace, county.code), ids);
    if (scored === ids.length) coverage.complete += 1;
    else if (scored === 0) coverage.empty += 1;
    else coverage.partial += 1;
  }
  return coverage;
}

/** Rows in county-list order unless sorted by the county name or by an area's level. */
export type OverviewSortKey = { by: 'order' } | { by: 'name' } | { by: 'area'; areaId: string };
export type OverviewSort = { key: OverviewSortKey; direction: SortDirection };
export const OVERVIEW_DEFAULT_SORT: OverviewSort = { key: { by: 'order' }, direction: 'asc' };

/** One county with its rating in every area, in instrument order. */
export type OverviewRow = { county: County; ratings: AreaRating[] };

export type LevelCount = { level: number; label: LocalizedText; count: number };
/** Per area: how many counties sit at each level (weakest first) and how many are not rated. */
export type AreaCounts = { areaId: string; levels: LevelCount[]; notRated: number };

export type Overview = { rows: OverviewRow[]; counts: AreaCounts[]; coverage: Coverage };

export function overviewRows(instrument: Instrument, workspace: Workspace): OverviewRow[] {
  return instrument.counties.map((county) => ({
    county,
    ratings: rateCounty(instrument, assessmentOf(workspace, county.code)),
  }));
}

function levelIn(row: OverviewRow, areaId: string): number | null {
  const rating = row.ratings.find((candidate) => candidate.areaId === areaId);
  return rating?.status === 'rated' ? rating.level : null;
}

/**
 * Sorts by the key; ties (and, for an area, the not-rated counties, which come last) keep the
 * order the rows are given in, the county-list order. Returns a new array.
 */
export function sortOverviewRows(rows: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const { key, direction } = sort;
  const indexed = rows.map((row, index) => ({ row, index }));
  const compare = (a: OverviewRow, b: OverviewRow): number => {
    if (key.by === 'name') return compareNames(a.county, b.county, direction);
    if (key.by === 'area') return compareMissingLast(levelIn(a, key.areaId), levelIn(b, key.areaId), direction);
    return 0;
  };
  indexed.sort((a, b) => compare(a.row, b.row) || (key.by === 'order' && direction === 'desc' ? b.index - a.index : a.index - b.index));
  return indexed.map(({ row }) => row);
}

/** The footer of the matrix: per area, the number of counties at each level and not rated. */
export function countLevels(instrument: Instrument, rows: readonly OverviewRow[]): AreaCounts[] {
  return instrument.areas.map((area) => {
    const areaId = area.area.id;
    const levels = area.levelsWeakestFirst.map((level) => ({
      level: level.level,
      label: level.label,
      count: rows.filter((row) => levelIn(row, areaId) === level.level).length,
    }));
    return { areaId, levels, notRated: rows.filter((row) => levelIn(row, areaId) === null).length };
  });
}

export function buildOverview(instrument: Instrument, workspace: Workspace, sort: OverviewSort): Overview {
  const rows = overviewRows(instrument, workspace);
  return { rows: sortOverviewRows(rows, sort), counts: countLevels(instrument, rows), coverage: countyCoverage(instrument, workspace) };
}

const AREA_PREFIX = 'omrade-';
const NAME_TOKEN = 'lan';

/** Reads `?sortera=lan` or `?sortera=omrade-3` and `&ordning=fallande`; anything unknown is the default. */
export function parseOverviewSort(params: ParamSource, instrument: Instrument): OverviewSort {
  const token = params.get(SORT_PARAM) ?? '';
  const direction = parseDirection(params);
  if (token === NAME_TOKEN) return { key: { by: 'name' }, direction };
  const areaId = token.startsWith(AREA_PREFIX) ? token.slice(AREA_PREFIX.length) : null;
  if (areaId !== null && instrument.areas.some((area) => area.area.id === areaId)) return { key: { by: 'area', areaId }, direction };
  return OVERVIEW_DEFAULT_SORT;
}

/** The query parameters for a sort; the default removes them. */
export function overviewSortParams(sort: OverviewSort): Record<string, string | null> {
  const { key } = sort;
  if (key.by === 'order') return { [SORT_PARAM]: null, [DIRECTION_PARAM]: null };
  return {
    [SORT_PARAM]: key.by === 'name' ? NAME_TOKEN : `${AREA_PREFIX}${key.areaId}`,
    [DIRECTION_PARAM]: directionParam(sort.direction),
  };
}

export function sameOverviewKey(a: OverviewSortKey, b: OverviewSortKey): boolean {
  return a.by === b.by && (a.by !== 'area' || (b.by === 'area' && a.areaId === b.areaId));
}

/** Clicking a column's header: a new column sorts ascending, the sorted one turns around. */
export function nextSort<K>(current: { key: K; direction: SortDirection }, key: K, same: (a: K, b: K) => boolean) {
  const direction: SortDirection = same(current.key, key) && current.direction === 'asc' ? 'desc' : 'asc';
  return { key, direction };
}

/** The county and area whose reasons are shown: `?visa=06-3`. */
export const SHOW_PARAM = 'visa';
export type CellRef = { countyCode: string; areaId: string };

export function parseCellRef(params: ParamSource, instrument: Instrument): CellRef | null {
  const match = /^([^-]+)-(.+)$/.exec(params.get(SHOW_PARAM) ?? '');
  if (!match?.[1] || !match[2]) return null;
  const [countyCode, areaId] = [match[1], match[2]];
  const known = instrument.counties.some((c) => c.code === countyCode) && instrument.areas.some((a) => a.area.id === areaId);
  return known ? { countyCode, areaId } : null;
}

export function cellRefParam(cell: CellRef | null): string | null {
  return cell === null ? null : `${cell.countyCode}-${cell.areaId}`;
}
