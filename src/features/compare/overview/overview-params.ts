import { readSortParams, sortParamUpdates } from '../../../components/sort-params';
import { OVERVIEW_DEFAULT_SORT, type CellRef, type OverviewSort } from '../../../domain/compare/overview';
import type { Instrument } from '../../../domain/criteria/instrument';

/** Överblick's address: `#/jamfor?sortera=omrade-3&ordning=fallande&visa=06-3`. */
const OVERVIEW_PARAMS = { open: 'visa' } as const;
const AREA_PREFIX = 'omrade-';
const NAME_TOKEN = 'lan';

/** `sortera=lan` or `sortera=omrade-3`; anything unknown is the default order. */
export function readOverviewSort(params: URLSearchParams, instrument: Instrument): OverviewSort {
  const { column, direction } = readSortParams(params);
  if (column === NAME_TOKEN) return { key: { by: 'name' }, direction };
  const areaId = column.startsWith(AREA_PREFIX) ? column.slice(AREA_PREFIX.length) : null;
  if (areaId !== null && instrument.areas.some((area) => area.area.id === areaId)) return { key: { by: 'area', areaId }, direction };
  return OVERVIEW_DEFAULT_SORT;
}

export function overviewSortUpdates(sort: OverviewSort): Record<string, string | null> {
  const { key } = sort;
  if (key.by === 'order') return sortParamUpdates(null, sort.direction);
  return sortParamUpdates(key.by === 'name' ? NAME_TOKEN : `${AREA_PREFIX}${key.areaId}`, sort.direction);
}

/** `visa=06-3`: the county and area whose reasons are open, when both are known. */
export function readOpenCell(params: URLSearchParams, instrument: Instrument): CellRef | null {
  const match = /^([^-]+)-(.+)$/.exec(params.get(OVERVIEW_PARAMS.open) ?? '');
  if (!match?.[1] || !match[2]) return null;
  const [countyCode, areaId] = [match[1], match[2]];
  const known = instrument.counties.some((c) => c.code === countyCode) && instrument.areas.some((a) => a.area.id === areaId);
  return known ? { countyCode, areaId } : null;
}

export function openCellUpdates(cell: CellRef | null): Record<string, string | null> {
  return { [OVERVIEW_PARAMS.open]: cell === null ? null : `${cell.countyCode}-${cell.areaId}` };
}
