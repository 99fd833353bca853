import type { CsvFault } from '../../lib/csv-text';
import type { Instrument } from '../criteria/instrument';
import type { Problem } from '../problems';
import type { Score } from '../score';

/** Helpers for reading the score forms: cells, places in the file and county names. */

const SCORE_TEXT: ReadonlyMap<string, Score> = new Map([
  ['0', 0],
  ['1', 1],
  ['2', 2],
]);

export const SCORE_MESSAGE = 'poängen måste vara 0, 1 eller 2 eller tom';

/** A trimmed score cell: the score, undefined when empty, or 'invalid'. */
export function readScoreCell(text: string): Score | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return SCORE_TEXT.get(trimmed) ?? 'invalid';
}

/** The place of a problem as a spreadsheet shows it: `rad 3, kolumn "2.4"`, or `kolumn 7` for a column without a name. */
export function at(line: number, column?: string | number): string {
  if (column === undefined) return `rad ${line}`;
  return typeof column === 'number' ? `rad ${line}, kolumn ${column}` : `rad ${line}, kolumn "${column}"`;
}

/** A cell naming nothing the app knows: "länet saknas" when it is empty, else "okänt län '99'". */
export function unknownCell(path: string, text: string, missing: string, unknownWhat: string): Problem {
  return { path, message: text === '' ? missing : `${unknownWhat} '${text}'` };
}

/** A file the CSV reader could not read, in the words of every other problem in a file. */
export function csvFaultProblem(fault: CsvFault): Problem {
  return { path: at(fault.row), message: 'citattecknet som börjar här avslutas aldrig' };
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Header cells are compared without regard to case or surrounding spaces. */
export function headerCell(cell: string | undefined): string {
  return (cell ?? '').trim().toLowerCase();
}

// NFC because macOS may hand over "ö" as "o" plus a combining diaeresis.
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('sv');

/**
 * Accepts the code ("06"), the code as Excel shows it after dropping the leading zero ("6"),
 * and the county's name in any case ("jönköping"), and gives back the two-digit code.
 */
export function countyLookup(instrument: Instrument): (text: string) => string | undefined {
  const codes = new Map<string, string>();
  for (const { code, name } of instrument.counties) {
    codes.set(code, code);
    codes.set(nameKey(name), code);
  }
  return (text) => codes.get(/^\d$/.test(text) ? `0${text}` : nameKey(text));
}
