import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { ScoreChangeRow } from '../change/score-change';

/** The view's own column headings, in the interface language. */
export type ScoreChangeCsvHeadings = { county: string; total: string };

/**
 * The score change per county and statement as the table shows it: the rows in their order, the
 * county's total and a column per statement. A change is a plain number (`-2`, `0`, `1`), which a
 * spreadsheet sums; where the table shows "–" (not comparable) the cell is empty.
 */
export function toScoreChangeCsv(rows: readonly ScoreChangeRow[], statementIds: readonly string[], headings: ScoreChangeCsvHeadings, delimiter: CsvDelimiter): string {
  const value = (delta: number | null) => (delta === null ? '' : String(delta));
  const header = [headings.county, headings.total, ...statementIds];
  const body = rows.map((row) => [row.county.name, value(row.total), ...row.cells.map((cell) => value(cell.delta))]);
  return toCsvText([header, ...body], delimiter);
}
