import type { SortDirection } from '../domain/compare/sorting';

/**
 * The address of a sorted view: `?sortera=<column>&ordning=fallande`. The column's token is the
 * view's own (`lan`, `omrade-3`, `summa`, `2.3`); the direction reads the same in every view.
 */
const SORT_PARAMS = { column: 'sortera', direction: 'ordning' } as const;
const DIRECTION_WORDS: Record<SortDirection, string> = { asc: 'stigande', desc: 'fallande' };

/** The sorted column's token (empty when none) and the direction, ascending unless it says otherwise. */
export function readSortParams(params: URLSearchParams): { column: string; direction: SortDirection } {
  const direction = params.get(SORT_PARAMS.direction) === DIRECTION_WORDS.desc ? 'desc' : 'asc';
  return { column: params.get(SORT_PARAMS.column) ?? '', direction };
}

/** The address's update for a sort; `null` (the view's own order) removes both parameters. */
export function sortParamUpdates(column: string | null, direction: SortDirection): Record<string, string | null> {
  if (column === null) return { [SORT_PARAMS.column]: null, [SORT_PARAMS.direction]: null };
  return { [SORT_PARAMS.column]: column, [SORT_PARAMS.direction]: DIRECTION_WORDS[direction] };
}
