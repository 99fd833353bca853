import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Score } from '../../src/domain/score';
import { EMPTY_ROUND_SCORES, type Assessment, type RoundScores } from '../../src/domain/workspace/assessment';
import { toCsvText, type CsvDelimiter } from '../../src/lib/csv-text';
import { readOneRound, readScoresCsv, withNote, withScore } from './csv-support';
import { allStatementIds, loadInstrument, unwrap } from './load-instrument';

// Version 1 of the long form is no longer written, but files of it must go on importing: as one
// round's agreed scores, read into the round the user picks.

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
  return unwrap(readOneRound(text, instrument), 'the CSV');
}

/** A version-1 file as the app wrote it: county-list order, then instrument order. */
function writtenByVersion1(scores: RoundScores, delimiter: CsvDelimiter = ';'): string {
  const rows: string[][] = [HEADER.split(';')];
  for (const code of codes) {
    const entry = scores.assessments[code];
    if (!entry) continue;
    for (const id of ids) {
      const score = entry.scores[id];
      const note = entry.notes[id] ?? '';
      if (score !== undefined || note !== '') rows.push([code, id, score === undefined ? '' : String(score), note]);
    }
  }
  return toCsvText(rows, delimiter);
}

test('a version-1 file is read as one round’s agreed scores', () => {
  expect(readScoresCsv(csv('06;1.1;2;Forum finns'), instrument)).toEqual({
    ok: true,
    value: { kind: 'one-round', scores: { assessments: { '06': { scores: { '1.1': 2 }, notes: { '1.1': 'Forum finns' } } } } },
  });
});

test.each([
  ['a header alone', csv()],
  ['a header without a line break', HEADER],
  ['a header and blank rows', csv(';;;', '', ' ; ; ; ')],
])('%s gives one round without scores', (_what, text) => {
  expect(readOneRound(text, instrument)).toEqual({ ok: true, value: EMPTY_ROUND_SCORES });
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

test.each(['06', '6', ' 6 ', 'Jönköping', 'jönköping', 'JÖNKÖPING', 'Jo\u0308nko\u0308ping'])('the county %j means county 06', (county) => {
  expect(imported(csv(`${county};1.1;2;`))).toEqual(withScore(EMPTY_ROUND_SCORES, '06', '1.1', 2));
});

test('a row with only a note imports the note without a score', () => {
  expect(imported(csv('06;4.2;;Saknar överblick'))).toEqual({ assessments: { '06': { scores: {}, notes: { '4.2': 'Saknar överblick' } } } });
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

test.each([
  ['an unknown statement', csv('06;1.9;2;'), 'rad 2, kolumn "pastaende"', "okänt påstående '1.9'"],
  ['a missing statement', csv('06;;2;'), 'rad 2, kolumn "pastaende"', 'påståendet saknas'],
  ['an unknown county', csv('06;1.1;2;', '02;1.1;2;'), 'rad 3, kolumn "lan"', "okänt län '02'"],
  ['a missing county', csv(';1.1;2;'), 'rad 2, kolumn "lan"', 'länet saknas'],
  ['a score of 3', csv('06;1.1;3;'), 'rad 2, kolumn "poang"', 'poängen måste vara 0, 1 eller 2 eller tom'],
  ['a score of "x"', csv('06;1.1;x;'), 'rad 2, kolumn "poang"', 'poängen måste vara 0, 1 eller 2 eller tom'],
  ['too few cells', csv('06;1.1;2'), 'rad 2', 'raden ska ha 4 fält men har 3'],
  ['too many cells', csv('06;1.1;2;;'), 'rad 2', 'raden ska ha 4 fält men har 5'],
  ['a repeated county and statement', csv('06;1.1;2;', '07;1.1;2;', '6;1.1;;not'), 'rad 4', 'länet och påståendet finns redan på rad 2'],
  ['a quote never closed', csv('06;1.1;2;"ingen slut'), 'rad 2', 'citattecknet som börjar här avslutas aldrig'],
])('%s is rejected with its place and reason', (_what, text, path, message) => {
  expect(readScoresCsv(text, instrument)).toEqual({ ok: false, problems: [{ path, message }] });
});

test('every problem in the file is reported at once, in file order', () => {
  expect(readScoresCsv(csv('99;1.9;5;', '06;1.1;2;', '06;1.1;1;', '07;1.1'), instrument)).toEqual({
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
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '"', "'", '\r', '\n', '\t', ' ', 'a', 'ö'), minLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1 }),
  )
  // A workspace never stores a blank note, so none is generated.
  .filter((note) => note.trim() !== '');

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    scores: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Score>(0, 1, 2), { noNullPrototype: true }),
    notes: fc.dictionary(fc.constantFrom(...ids), noteArb, { noNullPrototype: true, maxKeys: 4 }),
  })
  .filter((assessment) => Object.keys(assessment.scores).length + Object.keys(assessment.notes).length > 0);

const roundScoresArb: fc.Arbitrary<RoundScores> = fc
  .dictionary(fc.constantFrom(...codes), assessmentArb, { noNullPrototype: true, maxKeys: 5 })
  .map((assessments) => ({ assessments }));

test.each<CsvDelimiter>([';', ','])('any version-1 file the app wrote with %j reads back to the scores and notes it held', (delimiter) => {
  fc.assert(
    fc.property(roundScoresArb, (scores) => {
      expect(readOneRound(writtenByVersion1(scores, delimiter), instrument)).toEqual({ ok: true, value: scores });
    }),
    { numRuns: 200 },
  );
});

test('a version-1 file with a byte order mark is read', () => {
  expect(imported(`${BOM}${csv('06;1.1;2;')}`)).toEqual(withScore(EMPTY_ROUND_SCORES, '06', '1.1', 2));
});
