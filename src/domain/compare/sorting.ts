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

/**
 * How a table of counties by statement sorts (Påståenden, and the score change between rounds):
 * in county-list order unless by name, by the county's total or by one statement's value.
 */
export type StatementSortKey = { by: 'order' } | { by: 'name' } | { by: 'total' } | { by: 'statement'; statementId: string };
export type StatementSort = { key: StatementSortKey; direction: SortDirection };
export const STATEMENT_DEFAULT_SORT: StatementSort = { key: { by: 'order' }, direction: 'asc' };

export function sameStatementSortKey(a: StatementSortKey, b: StatementSortKey): boolean {
  if (a.by === 'statement' || b.by === 'statement') {
    return a.by === 'statement' && b.by === 'statement' && a.statementId === b.statementId;
  }
  return a.by === b.by;
}

/**
 * Sorts by the key; a county without a total or a value on the statement (`valueAt`) comes last,
 * and ties keep the order the rows are given in (the county-list order). Returns a new array.
 */
export function sortByStatement<R extends { county: County; total: number | null }>(
  rows: readonly R[],
  sort: StatementSort,
  valueAt: (row: R, statementId: string) => number | null,
): R[] {
  const { key, direction } = sort;
  const compare = (a: R, b: R): number => {
    switch (key.by) {
      case 'name':
        return compareNames(a.county, b.county, direction);
      case 'total':
        return compareMissingLast(a.total, b.total, direction);
      case 'statement':
        return compareMissingLast(valueAt(a, key.statementId), valueAt(b, key.statementId), direction);
      case 'order':
        return 0;
    }
  };
  return sortStable(rows, compare, key.by === 'order' && direction === 'desc');
}
