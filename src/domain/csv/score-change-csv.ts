import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { ScoreChangeRow } from '../change/score-change';

/** The view's own column headings, in the interface language. */
export type ScoreChangeCsvHeadings = { county: string; total: string };

/**
 * A change as the table prints it, signed: "+1", "0", "−1". The minus is the sign U+2212, not a
 * hyphen, and the plus is left out of the file: a cell starting with "-" or "+" is one every
 * export neutralises as a possible formula, which would put an apostrophe before each decrease.
 */
export function signedChange(delta: number, plus = '+'): string {
  if (delta > 0) return `${plus}${delta}`;
  return delta < 0 ? `−${-delta}` : '0';
}

/**
 * The score change per county and statement as the table shows it: the rows in their order, the
 * county's total and a column per statement. Where the table shows "–" (not comparable) the cell
 * is empty.
 */
export function toScoreChangeCsv(rows: readonly ScoreChangeRow[], statementIds: readonly string[], headings: ScoreChangeCsvHeadings, delimiter: CsvDelimiter): string {
  const value = (delta: number | null) => (delta === null ? '' : signedChange(delta, ''));
  const header = [headings.county, headings.total, ...statementIds];
  const body = rows.map((row) => [row.county.name, value(row.total), ...row.cells.map((cell) => value(cell.delta))]);
  return toCsvText([header, ...body], delimiter);
}
