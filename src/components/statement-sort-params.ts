import { STATEMENT_DEFAULT_SORT, type StatementSort } from '../domain/compare/sorting';
import type { Instrument } from '../domain/criteria/instrument';
import { readSortParams, sortParamUpdates } from './sort-params';

/**
 * A statement table's sort in the address (Påståenden, the score change between rounds):
 * `sortera=summa`, `sortera=lan` or `sortera=2.3`.
 */
const NAME_TOKEN = 'lan';
const TOTAL_TOKEN = 'summa';

export function readStatementSort(params: URLSearchParams, instrument: Instrument): StatementSort {
  const { column, direction } = readSortParams(params);
  if (column === NAME_TOKEN) return { key: { by: 'name' }, direction };
  if (column === TOTAL_TOKEN) return { key: { by: 'total' }, direction };
  if (instrument.statementById.has(column)) return { key: { by: 'statement', statementId: column }, direction };
  return STATEMENT_DEFAULT_SORT;
}

export function statementSortUpdates(sort: StatementSort): Record<string, string | null> {
  const { key } = sort;
  if (key.by === 'order') return sortParamUpdates(null, sort.direction);
  const column = key.by === 'name' ? NAME_TOKEN : key.by === 'total' ? TOTAL_TOKEN : key.statementId;
  return sortParamUpdates(column, sort.direction);
}
