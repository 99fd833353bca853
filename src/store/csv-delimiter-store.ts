import type { CsvDelimiter } from '../lib/csv-text';
import { createRememberedPreference } from './remembered-preference';

/**
 * The delimiter every CSV download uses, chosen once and kept in localStorage, so that someone
 * whose spreadsheet wants commas sets it once for the whole app. Semicolon by default, as Excel
 * with Swedish settings expects.
 */
export const CSV_DELIMITER_KEY = 'lansinventering-csv-avgransare';
export const DEFAULT_CSV_DELIMITER: CsvDelimiter = ';';

const isDelimiter = (value: unknown): value is CsvDelimiter => value === ';' || value === ',';

export type CsvDelimiterState = {
  readonly delimiter: CsvDelimiter;
  /** Changes the delimiter of every CSV download and remembers it in this browser. */
  readonly setDelimiter: (delimiter: CsvDelimiter) => void;
};

/** The one delimiter choice of the app, followed by every CSV download on screen and in other tabs. */
export const csvDelimiterStore = createRememberedPreference(
  { key: CSV_DELIMITER_KEY, fallback: DEFAULT_CSV_DELIMITER, isValid: isDelimiter },
  (delimiter, setDelimiter): CsvDelimiterState => ({ delimiter, setDelimiter }),
);
