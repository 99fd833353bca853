import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseScoresCsv, SCORES_CSV_HEADER, toScoresCsv } from '../../src/domain/csv/scores-csv';
import type { Score } from '../../src/domain/score';
import { EMPTY_ROUND_SCORES, type Assessment, type RoundScores } from '../../src/domain/workspace/assessment';
import { allStatementIds, loadInstrument, unwrap } from './load-instrument';
import { withNote, withScore } from './one-round';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);
const codes = instrument.counties.map((county) => county.code);
const BOM = '\uFEFF';
const HEADER = 'lan;pastaende;poang;anteckning';

/** A semicolon CSV text with the header and these data lines, CRLF-separated as Excel writes it. */
function csv(...lines: string[]): string {
  return [HEADER, ...lines].map((line) => `${line}\r\n`).join('');
}

function imported(text: string): RoundScores {
  return unwrap(parseScoresCsv(text, instrument), 'the CSV');
}

function sampleWorkspace(): RoundScores {
  let workspace = withScore(EMPTY_ROUND_SCORES, '25', '6.1', 1);
  workspace = withScore(workspace, '01', '3.3', 2);
  workspace = withScore(workspace, '01', '1.1', 0);
  workspace = withNote(workspace, '01', '1.1', 'Landstinget ingår inte; se "protokoll".');
  return withNote(workspace, '09', '5.2', '=bara en notering');
}

test('the header is the version 1 column list', () => {
  expect(SCORES_CSV_HEADER).toEqual(['lan', 'pastaende', 'poang', 'anteckning']);
  expect(toScoresCsv(EMPTY_ROUND_SCORES, instrument)).toBe(`${BOM}${HEADER}\r\n`);
});

test('rows follow county-list order, then instrument order, with an empty score for a note alone', () => {
  expect(toScoresCsv(sampleWorkspace(), instrument)).toBe(
    BOM +
      csv(
        '01;1.1;0;"Landstinget ingår inte; se ""protokoll""."',
        '01;3.3;2;',
        "09;5.2;;'=bara en notering",
        '25;6.1;1;',
      ),
  );
});

test('a comma file can be written on request', () => {
  const text = toScoresCsv(withScore(EMPTY_ROUND_SCORES, '06', '2.3', 2), instrument, ',');
  expect(text).toBe(`${BOM}lan,pastaende,poang,anteckning\r\n06,2.3,2,\r\n`);
});

test('statements with neither score nor note, and blank notes, are not written', () => {
  const workspace: RoundScores = { assessments: { '06': { scores: { '1.2': 1 }, notes: { '1.2': '  ', '1.3': ' ' } } } };
  expect(toScoresCsv(workspace, instrument)).toBe(BOM + csv('06;1.2;1;'));
});

test('a sample workspace survives export and import', () => {
  expect(imported(toScoresCsv(sampleWorkspace(), instrument))).toEqual(sampleWorkspace());
});

test.each([
  ['an empty file', ''],
  ['a byte order mark alone', BOM],
  ['a header alone', csv()],
  ['a header without a line break', HEADER],
  ['a header and blank rows', csv(';;;', '', ' ; ; ; ')],
])('%s gives an empty workspace', (_what, text) => {
  expect(parseScoresCsv(text, instrument)).toEqual({ ok: true, value: EMPTY_ROUND_SCORES });
});

test('the header is read without regard to case or surrounding spaces', () => {
  const text = ' LAN ;Pastaende;POANG; anteckning\r\n06;1.1;2;\r\n';
  expect(imported(text)).toEqual(withScore(EMPTY_ROUND_SCORES, '06', '1.1', 2));
});

test('a comma-separated file is accepted', () => {
  expect(imported('lan,pastaende,poang,anteckning\n06,1.1,2,"Bra, tydligt"\n')).toEqual(
    withNote(withScore(EMPTY_ROUND_SCORES, '06', '1.1', 2), '06', '1.1', 'Bra, tydligt'),
  );
});

test.each(['06', '6', ' 6 ', 'Jönköping', 'jönköping', 'JÖNKÖPING', 'Jo\u0308nko\u0308ping'])(
  'the county %j means county 06',
  (county) => {
    expect(imported(csv(`${county};1.1;2;`))).toEqual(withScore(EMPTY_ROUND_SCORES, '06', '1.1', 2));
  },
);

test('a row with only a note imports the note without a score', () => {
  expect(imported(csv('06;4.2;;Saknar överblick'))).toEqual({
    assessments: { '06': { scores: {}, notes: { '4.2': 'Saknar överblick' } } },
  });
});

test('a row with neither score nor note is ignored', () => {
  expect(imported(csv('06;4.2;;', '07;4.2; ;  ', '08;1.1;1;'))).toEqual(withScore(EMPTY_ROUND_SCORES, '08', '1.1', 1));
});

test('a neutralised note is restored and a note keeps its spaces and line breaks', () => {
  expect(imported(csv(`06;1.1;;"'=SUM(A1)"`, `06;1.2;;" två\r\nrader "`))).toEqual({
    assessments: { '06': { scores: {}, notes: { '1.1': '=SUM(A1)', '1.2': ' två\r\nrader ' } } },
  });
});

test('a blank note beside a score is dropped and the score kept', () => {
  expect(imported(csv('06;1.1;2;   '))).toEqual({ assessments: { '06': { scores: { '1.1': 2 }, notes: {} } } });
});

test('scores are read with surrounding spaces trimmed', () => {
  expect(imported(csv('06;1.1; 0 ;'))).toEqual(withScore(EMPTY_ROUND_SCORES, '06', '1.1', 0));
});

test.each([
  ['an unknown statement', csv('06;1.9;2;'), 'rad 2, kolumn "pastaende"', "okänt påstående '1.9'"],
  ['a missing statement', csv('06;;2;'), 'rad 2, kolumn "pastaende"', 'påståendet saknas'],
  ['an unknown county', csv('06;1.1;2;', '02;1.1;2;'), 'rad 3, kolumn "lan"', "okänt län '02'"],
  ['a missing county', csv(';1.1;2;'), 'rad 2, kolumn "lan"', 'länet saknas'],
  ['a score of 3', csv('06;1.1;3;'), 'rad 2, kolumn "poang"', 'poängen måste vara 0, 1 eller 2 eller tom'],
  ['a score of "x"', csv('06;1.1;x;'), 'rad 2, kolumn "poang"', 'poängen måste vara 0, 1 eller 2 eller tom'],
  ['too few cells', csv('06;1.1;2'), 'rad 2', 'raden ska ha 4 fält men har 3'],
  ['too many cells', csv('06;1.1;2;;'), 'rad 2', 'raden ska ha 4 fält men har 5'],
  [
    'a repeated county and statement',
    csv('06;1.1;2;', '07;1.1;2;', '6;1.1;;not'),
    'rad 4',
    'länet och påståendet finns redan på rad 2',
  ],
  [
    'a wrong header',
    'län;påstående;poäng;anteckning\r\n06;1.1;2;\r\n',
    'rad 1',
    'första raden ska vara rubrikerna lan;pastaende;poang;anteckning (en rad per län och påstående) eller lan;namn;1.1;1.2;… (en rad per län)',
  ],
  [
    'columns in another order',
    'pastaende,lan,poang,anteckning\n1.1,06,2,\n',
    'rad 1',
    'första raden ska vara rubrikerna lan,pastaende,poang,anteckning (en rad per län och påstående) eller lan,namn,1.1,1.2,… (en rad per län)',
  ],
  ['a quote never closed', csv('06;1.1;2;"ingen slut'), 'rad 2', 'citattecknet som börjar här avslutas aldrig'],
])('%s is rejected with its place and reason', (_what, text, path, message) => {
  expect(parseScoresCsv(text, instrument)).toEqual({ ok: false, problems: [{ path, message }] });
});

test('every problem in the file is reported at once, in file order', () => {
  const result = parseScoresCsv(csv('99;1.9;5;', '06;1.1;2;', '06;1.1;1;', '07;1.1'), instrument);
  expect(result).toEqual({
    ok: false,
    problems: [
      { path: 'rad 2, kolumn "lan"', message: "okänt län '99'" },
      { path: 'rad 2, kolumn "pastaende"', message: "okänt påstående '1.9'" },
      { path: 'rad 2, kolumn "poang"', message: 'poängen måste vara 0, 1 eller 2 eller tom' },
      { path: 'rad 4', message: 'länet och påståendet finns redan på rad 3' },
      { path: 'rad 5', message: 'raden ska ha 4 fält men har 2' },
    ],
  });
});

const noteArb = fc
  .oneof(
    fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '"', "'", '\r', '\n', '\t', ' ', 'a', 'ö'),
      minLength: 1,
    }),
    fc.string({ unit: 'grapheme', minLength: 1 }),
  )
  // A workspace never stores a blank note (withNote removes it), so none is generated.
  .filter((note) => note.trim() !== '');

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    scores: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Score>(0, 1, 2), { noNullPrototype: true }),
    notes: fc.dictionary(fc.constantFrom(...ids), noteArb, { noNullPrototype: true, maxKeys: 4 }),
  })
  .filter((assessment) => Object.keys(assessment.scores).length + Object.keys(assessment.notes).length > 0);

const workspaceArb: fc.Arbitrary<RoundScores> = fc
  .dictionary(fc.constantFrom(...codes), assessmentArb, { noNullPrototype: true, maxKeys: 5 })
  .map((assessments) => ({ assessments }));

test.each<';' | ','>([';', ','])('any workspace exported with %j imports back unchanged', (delimiter) => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      const text = toScoresCsv(workspace, instrument, delimiter);
      expect(parseScoresCsv(text, instrument)).toEqual({ ok: true, value: workspace });
    }),
    { numRuns: 200 },
  );
});

/** Importing must answer, never throw: either a workspace or at least one problem. */
function answers(text: string): boolean {
  const result = parseScoresCsv(text, instrument);
  return result.ok || result.problems.length > 0;
}

const csvCharArb = fc.constantFrom(';', ',', '"', "'", '\r', '\n', ' ', '0', '1', '2', '3', '6', '.', 'x', 'ö', BOM);

test('importing arbitrary text never throws', () => {
  fc.assert(fc.property(fc.oneof(fc.string({ unit: csvCharArb }), fc.string({ unit: 'binary' })), answers), {
    numRuns: 300,
  });
});

type Edit = { kind: 'delete' | 'insert' | 'replace'; at: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace'),
  at: fc.nat(),
  text: fc.string({ unit: csvCharArb, minLength: 1, maxLength: 4 }),
});

function applyEdit(text: string, { kind, at, text: piece }: Edit): string {
  const i = at % (text.length + 1);
  if (kind === 'insert') return text.slice(0, i) + piece + text.slice(i);
  const end = i + piece.length;
  return text.slice(0, i) + (kind === 'replace' ? piece : '') + text.slice(end);
}

test('importing a valid export with characters deleted, inserted or replaced never throws', () => {
  fc.assert(
    fc.property(workspaceArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (workspace, edits) =>
      answers(edits.reduce(applyEdit, toScoresCsv(workspace, instrument))),
    ),
    { numRuns: 300 },
  );
});
