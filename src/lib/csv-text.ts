/**
 * RFC 4180 text, as spreadsheets read and write it. Knows nothing of the app: a fault is
 * reported as what and where, and the caller words it for the person reading.
 *
 * Row numbers count records, the way a spreadsheet numbers its rows, so they match what the
 * person fixing the file sees; they equal the file's line numbers unless an earlier quoted field
 * holds a line break.
 */

export type CsvDelimiter = ';' | ',';
/** The one fault the reader does not forgive: a quoted field that never ends. */
export type CsvFault = { kind: 'unclosed-quote'; row: number };
export type ParsedCsv = { ok: true; delimiter: CsvDelimiter; rows: string[][] } | { ok: false; fault: CsvFault };

// Excel only recognises UTF-8 (å, ä, ö) when the file starts with a byte order mark.
const BOM = '\uFEFF';

// Any cell holding either delimiter is quoted, whichever one the file uses: the reader decides
// the delimiter from the first line, and an unquoted ';' in a comma file would fool it.
const NEEDS_QUOTES = /[;,"\r\n]/;

// OWASP's CSV injection list. Leading apostrophes are part of the pattern so that a cell that
// already starts with "'=" still gets one more, which keeps restoreFormula an exact inverse.
const FORMULA_START = /^'*[=+\-@\t\r]/;

// A plain signed number ("-2", "+1", "0,5") runs nothing, and a score change of −2 must stay a
// number a spreadsheet sums; only text that would be evaluated is neutralised.
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

export function parseCsv(text: string): ParsedCsv {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const delimiter = detectDelimiter(body);
  const rows = parseRows(body, delimiter);
  return Array.isArray(rows) ? { ok: true, delimiter, rows } : { ok: false, fault: rows };
}

export function serializeCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter): string {
  // Every row, the last included, ends with CRLF, so a row of one empty cell is written as an
  // empty line and still reads back as a row; only the text after the final CRLF is dropped.
  return BOM + rows.map((row) => `${row.map(quoteField).join(delimiter)}\r\n`).join('');
}

/**
 * What every export writes: each cell neutralised, then serialized. Exports go through this one
 * function so that no column, present or future, can be left out of the neutralising.
 */
export function toCsvText(rows: readonly (readonly string[])[], delimiter: CsvDelimiter): string {
  return serializeCsv(
    rows.map((row) => row.map(neutralizeFormula)),
    delimiter,
  );
}

/** Makes a cell that a spreadsheet would run as a formula read as plain text. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutralizeFormula, so that export followed by import gives back the exact text. */
export function restoreFormula(cell: string): string {
  // A number neutralised by an earlier version ("'-2") is read back as the number it was.
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

function quoteField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Semicolon when the first line holds one outside quotes, else comma. */
function detectDelimiter(body: string): CsvDelimiter {
  // A quote opens a quoted field only at the start of a field, as in parseRows; since the
  // delimiter is not yet known, either one starts a field. Otherwise the quoted ";" of a comma
  // file's `,";",` would count, or the stray quote of `5";x` would hide a real delimiter.
  let i = 0;
  while (i < body.length) {
    const char = body.charAt(i);
    if (char === '"' && (i === 0 || body.charAt(i - 1) === ';' || body.charAt(i - 1) === ',')) {
      const end = closingQuote(body, i + 1);
      if (end === -1) return ',';
      i = end + 1;
    } else if (char === ';') return ';';
    else if (char === '\r' || char === '\n') return ',';
    else i += 1;
  }
  return ',';
}

function parseRows(body: string, delimiter: CsvDelimiter): string[][] | CsvFault {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let atFieldStart = true;
  let i = 0;
  while (i < body.length) {
    const char = body.charAt(i);
    if (atFieldStart && char === '"') {
      const end = closingQuote(body, i + 1);
      if (end === -1) return { kind: 'unclosed-quote', row: rows.length + 1 };
      field += body.slice(i + 1, end).replaceAll('""', '"');
      atFieldStart = false;
      i = end + 1;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += char === '\r' && body.charAt(i + 1) === '\n' ? 2 : 1;
    } else {
      // Text after a closing quote, or a quote inside an unquoted field, is kept as it stands,
      // as Excel does, rather than rejecting a file a person has typed by hand.
      field += char;
      atFieldStart = false;
      i += 1;
    }
  }
  // Nothing read since the last line break means the text ended with one: no further row.
  if (row.length > 0 || !atFieldStart) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote that closes a quoted field whose text starts at `from`, or -1. */
function closingQuote(body: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = body.indexOf('"', at);
    if (quote === -1) return -1;
    if (body.charAt(quote + 1) !== '"') return quote;
    at = quote + 2;
  }
}
