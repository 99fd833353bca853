import type { RoundRecord } from '../workspace/workspace';
import type { Informant } from './informant';

/** An organisation of a county's list with the id it is kept under. */
export type InformantRow = Informant & { id: string };

/**
 * A county's organisations in the round, in the order of its list: by position, and by id where
 * two rows share a position (two tabs that each added a row at the same time).
 */
export function countyInformants(record: Pick<RoundRecord, 'informants'>, county: string): InformantRow[] {
  return Object.entries(record.informants[county] ?? {})
    .map(([id, informant]) => ({ ...informant, id }))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The position of a row added at the end of the list: one after the last. */
export function nextPosition(rows: readonly Pick<Informant, 'position'>[]): number {
  return rows.reduce((last, row) => Math.max(last, row.position + 1), 0);
}
