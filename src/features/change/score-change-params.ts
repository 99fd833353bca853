import { readSortParams, sortParamUpdates } from '../../components/sort-params';
import type { ScoreChangeSort, ScoreChangeSortKey } from '../../domain/change/score-change';
import type { Instrument } from '../../domain/criteria/instrument';

/** The heatmap's sort in the address, as on Påståenden: `sortera=summa`, `sortera=lan` or `sortera=2.3`. */
const NAME_TOKEN = 'lan';
const TOTAL_TOKEN = 'summa';

const SCORE_CHANGE_DEFAULT_SORT: ScoreChangeSort = { key: { by: 'order' }, direction: 'asc' };

export function sameScoreChangeKey(a: ScoreChangeSortKey, b: ScoreChangeSortKey): boolean {
  if (a.by === 'statement') return b.by === 'statement' && a.statementId === b.statementId;
  return a.by === b.by;
}

export function readScoreChangeSort(params: URLSearchParams, instrument: Instrument): ScoreChangeSort {
  const { column, direction } = readSortParams(params);
  if (column === NAME_TOKEN) return { key: { by: 'name' }, direction };
  if (column === TOTAL_TOKEN) return { key: { by: 'total' }, direction };
  if (instrument.statementById.has(column)) return { key: { by: 'statement', statementId: column }, direction };
  return SCORE_CHANGE_DEFAULT_SORT;
}

export function scoreChangeSortUpdates(sort: ScoreChangeSort): Record<string, string | null> {
  const { key } = sort;
  if (key.by === 'order') return sortParamUpdates(null, sort.direction);
  const column = key.by === 'name' ? NAME_TOKEN : key.by === 'total' ? TOTAL_TOKEN : key.statementId;
  return sortParamUpdates(column, sort.direction);
}
