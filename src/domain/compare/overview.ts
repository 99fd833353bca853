import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument } from '../criteria/instrument';
import { rateCounty, type AreaRating } from '../rating/rate-area';
import { assessmentOf, type RoundScores } from '../workspace/assessment';
import { countyCoverage, type Coverage } from './coverage';
import { compareMissingLast, compareNames, sortStable, type SortDirection } from './sorting';

/** Rows in county-list order unless sorted by the county name or by an area's level. */
export type OverviewSortKey = { by: 'order' } | { by: 'name' } | { by: 'area'; areaId: string };
export type OverviewSort = { key: OverviewSortKey; direction: SortDirection };
export const OVERVIEW_DEFAULT_SORT: OverviewSort = { key: { by: 'order' }, direction: 'asc' };

/** One county with its rating in every area, in instrument order. */
export type OverviewRow = { county: County; ratings: AreaRating[] };

type LevelCount = { level: number; label: LocalizedText; count: number };
/** Per area: how many counties sit at each level (weakest first) and how many are not rated. */
export type AreaCounts = { areaId: string; levels: LevelCount[]; notRated: number };

export type Overview = { rows: OverviewRow[]; counts: AreaCounts[]; coverage: Coverage };

export function overviewRows(instrument: Instrument, workspace: RoundScores): OverviewRow[] {
  return instrument.counties.map((county) => ({
    county,
    ratings: rateCounty(instrument, assessmentOf(workspace, county.code), workspace.groupLevels?.[county.code]),
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
  const compare = (a: OverviewRow, b: OverviewRow): number => {
    if (key.by === 'name') return compareNames(a.county, b.county, direction);
    if (key.by === 'area') return compareMissingLast(levelIn(a, key.areaId), levelIn(b, key.areaId), direction);
    return 0;
  };
  return sortStable(rows, compare, key.by === 'order' && direction === 'desc');
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

export function buildOverview(instrument: Instrument, workspace: RoundScores, sort: OverviewSort): Overview {
  const rows = overviewRows(instrument, workspace);
  return { rows: sortOverviewRows(rows, sort), counts: countLevels(instrument, rows), coverage: countyCoverage(instrument, workspace) };
}

export function sameOverviewKey(a: OverviewSortKey, b: OverviewSortKey): boolean {
  return a.by === b.by && (a.by !== 'area' || (b.by === 'area' && a.areaId === b.areaId));
}

/** The county and area whose reasons are shown beside the matrix. */
export type CellRef = { countyCode: string; areaId: string };
