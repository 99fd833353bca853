import type { CsvDelimiter } from '../domain/csv/csv-text';

/**
 * The delimiter every CSV download uses, chosen once and kept in localStorage, so that someone
 * whose spreadsheet wants commas sets it once for the whole app. Semicolon by default, as Excel
 * with Swedish settings expects.
 */
export const CSV_DELIMITER_KEY = 'lansinventering-csv-avgransare';
export const DEFAULT_CSV_DELIMITER: CsvDelimiter = ';';

const listeners = new Set<() => void>();
// The choice when localStorage refuses to keep it: it then lasts for this visit only.
let unstored: CsvDelimiter | null = null;

const isDelimiter = (value: unknown): value is CsvDelimiter => value === ';' || value === ',';

export function csvDelimiter(): CsvDelimiter {
  try {
    const value = localStorage.getItem(CSV_DELIMITER_KEY);
    if (isDelimiter(value)) return value;
  } catch {
    // Some browsers throw on merely touching localStorage when storage is disabled.
  }
  return unstored ?? DEFAULT_CSV_DELIMITER;
}

export function setCsvDelimiter(delimiter: CsvDelimiter): void {
  try {
    localStorage.setItem(CSV_DELIMITER_KEY, delimiter);
    unstored = null;
  } catch {
    unstored = delimiter;
  }
  for (const listener of listeners) listener();
}

/** Calls back when the choice changes, here or in another tab; returns the unsubscribe. */
export function subscribeCsvDelimiter(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === CSV_DELIMITER_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
