import type { County } from '../criteria/counties-schema';

/** Ascending puts the weakest level (the lowest score, the name first in Swedish order) first. */
export type SortDirection = 'asc' | 'desc';

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

/**
 * Sorts by `compare`; ties keep the order the rows are given in (the county-list order), which a
 * descending sort by that order itself turns around. Returns a new array.
 */
export function sortStable<R>(rows: readonly R[], compare: (a: R, b: R) => number, reverseTies: boolean): R[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((a, b) => compare(a.row, b.row) || (reverseTies ? b.index - a.index : a.index - b.index));
  return indexed.map(({ row }) => row);
}

/** Clicking a column's header: a new column sorts ascending, the sorted one turns around. */
export function nextSort<K>(current: { key: K; direction: SortDirection }, key: K, same: (a: K, b: K) => boolean) {
  const direction: SortDirection = same(current.key, key) && current.direction === 'asc' ? 'desc' : 'asc';
  return { key, direction };
}
