import { readSortParams, sortParamUpdates } from '../../../components/sort-params';
import { HEATMAP_DEFAULT_SORT, type HeatmapSort } from '../../../domain/compare/heatmap';
import type { Instrument } from '../../../domain/criteria/instrument';

/** Påståenden's address: `#/jamfor/pastaenden?sortera=summa`, `sortera=lan` or `sortera=2.3`. */
const NAME_TOKEN = 'lan';
const TOTAL_TOKEN = 'summa';

export function readHeatmapSort(params: URLSearchParams, instrument: Instrument): HeatmapSort {
  const { column, direction } = readSortParams(params);
  if (column === NAME_TOKEN) return { key: { by: 'name' }, direction };
  if (column === TOTAL_TOKEN) return { key: { by: 'total' }, direction };
  if (instrument.statementById.has(column)) return { key: { by: 'statement', statementId: column }, direction };
  return HEATMAP_DEFAULT_SORT;
}

export function heatmapSortUpdates(sort: HeatmapSort): Record<string, string | null> {
  const { key } = sort;
  if (key.by === 'order') return sortParamUpdates(null, sort.direction);
  const column = key.by === 'name' ? NAME_TOKEN : key.by === 'total' ? TOTAL_TOKEN : key.statementId;
  return sortParamUpdates(column, sort.direction);
}
