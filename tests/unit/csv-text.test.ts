import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  neutralizeFormula,
  parseCsv,
  restoreFormula,
  serializeCsv,
  toCsvText,
  type CsvDelimiter,
} from '../../src/lib/csv-text';

const BOM = '\uFEFF';

function rowsOf(text: string): string[][] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`unexpected fault: ${JSON.stringify(parsed.fault)}`);
  return parsed.rows;
}

test('serialized text starts with a byte order mark and ends every row with CRLF', () => {
  expect(serializeCsv([['lan', 'pastaende'], ['06', '1.1']], ';')).toBe(`${BOM}lan;pastaende\r\n06;1.1\r\n`);
});

test('serializing no rows gives just the byte order mark', () => {
  expect(serializeCsv([], ';')).toBe(BOM);
});

test.each([
  ['a semicolon', 'a;b', '"a;b"'],
  ['a comma', 'a,b', '"a,b"'],
  ['a quote, doubled', 'sa "hej"', '"sa ""hej"""'],
  ['a line feed', 'rad 1\nrad 2', '"rad 1\nrad 2"'],
  ['a carriage return', 'rad 1\rrad 2', '"rad 1\rrad 2"'],
  ['a CRLF', 'rad 1\r\nrad 2', '"rad 1\r\nrad 2"'],
])('a field holding %s is quoted in a semicolon file', (_what, field, written) => {
  expect(serializeCsv([['x', field]], ';')).toBe(`${BOM}x;${written}\r\n`);
});

test('a comma file quotes fields holding either delimiter, so its first line cannot pass for a semicolon file', () => {
  expect(serializeCsv([['a;b', 'c,d', 'e']], ',')).toBe(`${BOM}"a;b","c,d",e\r\n`);
});

test('a plain field is written as it stands', () => {
  expect(serializeCsv([['Jönköping', ' mellanslag ', "'apostrof"]], ';')).toBe(
    `${BOM}Jönköping; mellanslag ;'apostrof\r\n`,
  );
});

test('a leading byte order mark is stripped on reading', () => {
  expect(rowsOf(`${BOM}lan;poang\r\n06;2\r\n`)).toEqual([
    ['lan', 'poang'],
    ['06', '2'],
  ]);
});

test('text without a byte order mark reads the same', () => {
  expect(rowsOf('lan;poang\r\n06;2\r\n')).toEqual([
    ['lan', 'poang'],
    ['06', '2'],
  ]);
});

test('a semicolon on the first line makes the file semicolon-separated', () => {
  expect(parseCsv('a;b,c\nd;e,f')).toEqual({ ok: true, delimiter: ';', rows: [['a', 'b,c'], ['d', 'e,f']] });
});

test('a first line without a semicolon makes the file comma-separated', () => {
  expect(parseCsv('a,b\nc;d,e')).toEqual({ ok: true, delimiter: ',', rows: [['a', 'b'], ['c;d', 'e']] });
});

test('a semicolon inside quotes on the first line does not make the file semicolon-separated', () => {
  expect(parseCsv('"a;b",c\r\nd,e')).toEqual({ ok: true, delimiter: ',', rows: [['a;b', 'c'], ['d', 'e']] });
});

test('a quoted semicolon after a comma does not make the file semicolon-separated', () => {
  expect(parseCsv(',";",\r\n";a",')).toEqual({
    ok: true,
    delimiter: ',',
    rows: [['', ';', ''], [';a', '']],
  });
});

test.each([
  ['LF', 'a;b\nc;d\n'],
  ['CRLF', 'a;b\r\nc;d\r\n'],
  ['mixed LF and CRLF', 'a;b\r\nc;d\n'],
  ['no line break after the last row', 'a;b\r\nc;d'],
])('rows separated by %s read the same', (_what, text) => {
  expect(rowsOf(text)).toEqual([
    ['a', 'b'],
    ['c', 'd'],
  ]);
});

test('only the final empty line is ignored; an empty line in the middle is a row of one empty cell', () => {
  expect(rowsOf('a;b\r\n\r\nc;d\r\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
});

test('empty text has no rows', () => {
  expect(rowsOf('')).toEqual([]);
  expect(rowsOf(BOM)).toEqual([]);
});

test.each([
  ['doubled quotes', '"sa ""hej""";x', 'sa "hej"'],
  ['the delimiter', '"a;b";x', 'a;b'],
  ['a line feed', '"rad 1\nrad 2";x', 'rad 1\nrad 2'],
  ['a carriage return', '"rad 1\rrad 2";x', 'rad 1\rrad 2'],
  ['a CRLF', '"rad 1\r\nrad 2";x', 'rad 1\r\nrad 2'],
  ['nothing', '"";x', ''],
])('a quoted field may hold %s', (_what, text, field) => {
  expect(rowsOf(`${text}\r\nnästa;rad`)).toEqual([
    [field, 'x'],
    ['nästa', 'rad'],
  ]);
});

test('a quote that is never closed is reported at the row where it opens', () => {
  expect(parseCsv('a;b\r\nc;"d\r\ne;f\r\n')).toEqual({
    ok: false,
    fault: { kind: 'unclosed-quote', row: 2 },
  });
});

test('row numbers count records, so a line break inside an earlier quoted field does not shift them', () => {
  expect(parseCsv('a;"b\nc"\r\nd;"e')).toEqual({
    ok: false,
    fault: { kind: 'unclosed-quote', row: 2 },
  });
});

test('a quote inside an unquoted field is kept as text, as spreadsheets do', () => {
  expect(rowsOf('tum 5";x')).toEqual([['tum 5"', 'x']]);
});

test.each([
  ['=SUM(A1)', "'=SUM(A1)"],
  ['+1+1', "'+1+1"],
  ['-2+3', "'-2+3"],
  ['-A1', "'-A1"],
  ["'-2", "''-2"],
  ['@cmd', "'@cmd"],
  ['\tx', "'\tx"],
  ['\rx', "'\rx"],
  ["'=SUM(A1)", "''=SUM(A1)"],
])('the formula-like cell %j is neutralised to %j and restored on import', (cell, neutral) => {
  expect(neutralizeFormula(cell)).toBe(neutral);
  expect(restoreFormula(neutral)).toBe(cell);
});

test.each(['', 'Hej', '06', '1.1', ' =inte först', "'apostrof", "'", 'a=b', '2', '-2', '+1', '-0,5'])(
  'the ordinary cell %j is left alone in both directions',
  (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
    expect(restoreFormula(cell)).toBe(cell);
  },
);

test('restoring undoes neutralising for any text', () => {
  const text = fc.oneof(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '1', ',') }), fc.string());
  fc.assert(fc.property(text, (cell) => restoreFormula(neutralizeFormula(cell)) === cell));
});

test('a neutralised cell never starts with a formula character', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (cell) => !/^[=+\-@\t\r]/.test(neutralizeFormula(cell))));
});

/** Text rich in what CSV has to escape, mixed with arbitrary Unicode. */
const cellArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(';', ',', '"', '\r', '\n', ' ', 'a', 'ö', "'", '=', BOM) }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

/**
 * A row needs at least one cell: CSV has no way to write a row of none. The first row needs at
 * least two, because the reader detects the delimiter from the first line and a lone cell
 * carries no delimiter to detect. A row of one empty cell needs no special care: every written
 * row ends with CRLF, so it is written as an empty line that is not the final one, and reads
 * back as a row (only what follows the last CRLF is dropped).
 */
const rowsArb = fc
  .tuple(
    fc.array(cellArb, { minLength: 2, maxLength: 5 }),
    fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
  )
  .map(([first, rest]) => [first, ...rest]);

test.each<CsvDelimiter>([';', ','])('any rows written with %j read back unchanged with that delimiter', (delimiter) => {
  fc.assert(
    fc.property(rowsArb, (rows) => {
      expect(parseCsv(serializeCsv(rows, delimiter))).toEqual({ ok: true, delimiter, rows });
    }),
    { numRuns: 300 },
  );
});

test('rows of one empty cell, even at the end, read back as rows', () => {
  const rows = [['a', 'b'], [''], ['c'], ['']];
  expect(rowsOf(serializeCsv(rows, ';'))).toEqual(rows);
});

test('reading arbitrary text never throws', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(';', ',', '"', '\r', '\n', 'a', BOM) }), (text) => {
      const parsed = parseCsv(text);
      expect(parsed.ok || parsed.fault.row >= 1).toBe(true);
    }),
  );
});

test.each(["'-2", "'+1"])('the number %j, neutralised by an earlier version, reads back as the number', (cell) => {
  expect(restoreFormula(cell)).toBe(cell.slice(1));
});

test.each(['-2', '+1', '-0.5', '3.25'])('the plain number %j is written as a number, so a spreadsheet sums it', (cell) => {
  expect(toCsvText([[cell]], ';')).toBe(`\uFEFF${cell}\r\n`);
});
