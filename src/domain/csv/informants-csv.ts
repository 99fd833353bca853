import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { Instrument } from '../criteria/instrument';
import { countyInformants } from '../informants/informant-list';
import { roundRecordOf, type Workspace } from '../workspace/workspace';

/**
 * The informants' CSV, version 1: fixed ASCII headings a program can rely on, as the scores' and
 * the levels' CSV have. As there, the header row is the version: a later version has other
 * headings. `niva` is the tier's id (lansgemensam, landsting, region, kommun, delregional, annan).
 */
export const INFORMANTS_CSV_HEADER = ['omgang', 'lan', 'lansnamn', 'organisation', 'niva', 'besok', 'telefon', 'datum', 'anmarkning'] as const;

/**
 * One row per organisation interviewed in the given rounds, in their order; in each, counties in
 * county-list order and each county's organisations in the order of its list. Organisations and
 * roles only: the model has no field for a person's name.
 */
export function toInformantsCsv(workspace: Pick<Workspace, 'data'>, rounds: readonly string[], instrument: Instrument, delimiter: CsvDelimiter = ';'): string {
  const rows: string[][] = [[...INFORMANTS_CSV_HEADER]];
  for (const round of rounds) {
    const record = roundRecordOf(workspace, round);
    for (const county of instrument.counties) {
      for (const row of countyInformants(record, county.code)) {
        rows.push([round, county.code, county.name, row.organisation, row.tier, String(row.visit), String(row.phone), row.date ?? '', row.note ?? '']);
      }
    }
  }
  return toCsvText(rows, delimiter);
}
