import type { CsvFault } from '../../lib/csv-text';
import { namesOf } from '../criteria/counties-schema';
import type { Instrument } from '../criteria/instrument';
import { nameKey } from '../name-key';
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

/** The two-digit code of the county a name stands for, its own or another ("Sörmland"), in any case. */
export function countyByName(instrument: Instrument): (text: string) => string | undefined {
  const codes = new Map(instrument.counties.flatMap((county) => namesOf(county).map((name) => [nameKey(name), county.code] as const)));
  return (text) => codes.get(nameKey(text));
}

/**
 * Accepts the code ("06"), the code as Excel shows it after dropping the leading zero ("6"),
 * and any of the county's names in any case ("jönköping", "sörmland"), and gives back the
 * two-digit code.
 */
export function countyLookup(instrument: Instrument): (text: string) => string | undefined {
  const codes = new Set(instrument.counties.map((county) => county.code));
  const byName = countyByName(instrument);
  return (text) => {
    const code = /^\d$/.test(text) ? `0${text}` : text;
    return codes.has(code) ? code : byName(text);
  };
}
