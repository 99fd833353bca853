import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { Heatmap } from '../compare/heatmap';

/** The view's own column headings, in the interface language. */
export type HeatmapCsvHeadings = { county: string; total: string };

/**
 * Påståenden as the table shows it: the heatmap's rows in their order, the county's total and a
 * column per statement. Where the table shows "–" (not scored) the cell is empty, which a
 * spreadsheet leaves out of sums and means instead of reading it as text.
 */
export function toHeatmapCsv(heatmap: Pick<Heatmap, 'groups' | 'rows'>, headings: HeatmapCsvHeadings, delimiter: CsvDelimiter): string {
  const header = [headings.county, headings.total, ...heatmap.groups.flatMap((group) => group.statementIds)];
  const body = heatmap.rows.map((row) => [
    row.county.name,
    row.total?.toString() ?? '',
    ...row.cells.map((cell) => cell.score?.toString() ?? ''),
  ]);
  return toCsvText([header, ...body], delimiter);
}
