import { expect } from 'vitest';

const BOM = '\uFEFF';

/** The 32 statement ids of Bilaga 1 in instrument order, written out so tests do not read them from the code under test. */
export const STATEMENT_IDS = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'],
  ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  ...['3.1', '3.2', '3.3'],
  ...['4.1', '4.2'],
  ...['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8'],
  ...['6.1', '6.2', '6.3', '6.4', '6.5'],
];

/** The lines of an exported CSV text, after checking its byte order mark and that every line ends with CRLF. */
export function linesOf(text: string): string[] {
  expect(text.startsWith(BOM), 'the text starts with a byte order mark').toBe(true);
  const lines = text.slice(BOM.length).split('\r\n');
  expect(lines.pop(), 'the last line ends with CRLF').toBe('');
  return lines;
}

/** One cell per statement id: the value given for it, else empty. */
export function statementCells(values: Readonly<Record<string, string | number>>, fill = ''): string[] {
  return STATEMENT_IDS.map((id) => String(values[id] ?? fill));
}
