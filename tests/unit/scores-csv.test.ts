import { expect, test } from 'vitest';
import { toScoresCsv } from '../../src/domain/csv/scores-csv';
import { SCORES_CSV_HEADER } from '../../src/domain/csv/scores-csv-v2';
import { AGREED, applyChanges } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE } from '../../src/domain/workspace/workspace';
import { dataOf, readScoresCsv } from './csv-support';
import { loadInstrument } from './load-instrument';
import { readRounds, sample, score } from './scores-csv-sample';

const instrument = loadInstrument();
const BOM = '\uFEFF';
const HEADER = 'omgang;lan;bedomare;pastaende;poang;anteckning';
const CRITERIA = instrument.criteria.id;

/** A semicolon CSV text with the header and these data lines, CRLF-separated as Excel writes it. */
function csv(...lines: string[]): string {
  return [HEADER, ...lines].map((line) => `${line}\r\n`).join('');
}

const SAMPLE_LINES = [
  '2016;25;;6.1;1;',
  '2026-host;06;;1.1;2;"Forum; se ""protokoll"""',
  "2026-host;01;Anna Berg;3.1;;'=formel",
  '2026-host;01;Anna Berg;3.3;0;',
  '2026-host;06;Bo;1.1;1;',
];


test('the header is the version 2 column list', () => {
  expect(SCORES_CSV_HEADER).toEqual(['omgang', 'lan', 'bedomare', 'pastaende', 'poang', 'anteckning']);
  expect(toScoresCsv(EMPTY_WORKSPACE, instrument)).toBe(`${BOM}${HEADER}\r\n`);
});

test('rows follow the rounds by period, the agreed scores before the raters by name, then county-list and instrument order', () => {
  expect(toScoresCsv(sample, instrument)).toBe(BOM + csv(...SAMPLE_LINES));
});

test('a comma file can be written on request', () => {
  const workspace = applyChanges(EMPTY_WORKSPACE, [score('2026', AGREED, '06', '2.3', 2)]);
  expect(toScoresCsv(workspace, instrument, ',')).toBe(`${BOM}omgang,lan,bedomare,pastaende,poang,anteckning\r\n2026,06,,2.3,2,\r\n`);
});

test('a round whose details were deleted elsewhere is written after the others, under its id', () => {
  const workspace = applyChanges(sample, [score('extra', AGREED, '01', '1.1', 0)]);
  expect(toScoresCsv(workspace, instrument)).toBe(BOM + csv(...SAMPLE_LINES, 'extra;01;;1.1;0;'));
});

// Anna renamed; Bo is named Bo. A name finds a rater's id first, then the first rater of that name by name and id.
test.each([
  ['two raters share a name, the second by id', 'Bo', 'Bo', 'bo'],
  ['a rater’s name is another rater’s id, that rater', 'bo', 'anna', 'bo'],
])('when %s is written by id', (_what, name, annaCell, boCell) => {
  const workspace = applyChanges(sample, [{ field: 'rater', rater: 'anna', value: { name } }]);
  const lines = toScoresCsv(workspace, instrument).split('\r\n');
  expect(lines).toContain(`2026-host;01;${annaCell};3.3;0;`);
  expect(lines).toContain(`2026-host;06;${boCell};1.1;1;`);
  expect(dataOf(readRounds(toScoresCsv(workspace, instrument), workspace))).toEqual(dataOf(workspace));
});

test('read into the workspace it was written from, the file gives back every hand’s scores and notes, and the rounds and raters keep their details', () => {
  const read = readRounds(toScoresCsv(sample, instrument), sample);
  expect(dataOf(read)).toEqual(dataOf(sample));
  expect(read.rounds).toEqual(sample.rounds);
  expect(read.raters).toEqual(sample.raters);
});

test('read into an empty workspace, the file creates its rounds and its raters by name', () => {
  const read = readRounds(toScoresCsv(sample, instrument));
  expect(read.rounds).toEqual({
    '2016': { name: '2016', period: '2016', criteria: CRITERIA },
    // An id that is no year: a round of the year it is imported in, named by its id.
    '2026-host': { name: '2026-host', period: '2026', criteria: CRITERIA },
  });
  expect(read.raters).toEqual({ 'anna-berg': { name: 'Anna Berg' }, bo: { name: 'Bo' } });
  expect(read.data['2026-host']?.raters).toEqual({
    'anna-berg': sample.data['2026-host']?.raters.anna,
    bo: sample.data['2026-host']?.raters.bo,
  });
});

test.each([
  ['its id', 'bo', 'bo'],
  ['its name', 'Anna Berg', 'anna'],
  ['its name in another case', 'ANNA BERG', 'anna'],
  ['its name with spaces around it', '  Anna Berg ', 'anna'],
  ['its name in decomposed Unicode', 'A\u030asa', 'asa'],
])('a rater is found by %s', (_what, cell, id) => {
  const current = applyChanges(sample, [{ field: 'rater', rater: 'asa', value: { name: 'Åsa' } }]);
  const read = readRounds(csv(`2026-host;06;${cell};2.1;2;`), current);
  expect(read.data['2026-host']?.raters[id]?.['06']?.scores).toEqual({ '2.1': 2 });
  expect(Object.keys(read.raters)).toEqual([id]);
});

test('an id is matched before a name: a cell that is one rater’s id and another’s name is the first', () => {
  const current = applyChanges(sample, [{ field: 'rater', rater: 'anna', value: { name: 'bo' } }]);
  expect(Object.keys(readRounds(csv('2026-host;06;bo;2.1;2;'), current).raters)).toEqual(['bo']);
});

test('an unknown name makes a new rater with an id from the name, the same name in any case being one rater', () => {
  const current = applyChanges(sample, [{ field: 'rater', rater: 'asa-ek', value: { name: 'Åsa Andersson' } }]);
  const read = readRounds(csv('2026-host;06;Åsa Ek;2.1;2;', '2026-host;07;ÅSA EK;2.1;1;', '2016;01;Eva;1.1;0;'), current);
  expect(read.raters).toEqual({ 'asa-ek-2': { name: 'Åsa Ek' }, eva: { name: 'Eva' } });
  expect(read.data['2026-host']?.raters['asa-ek-2']).toEqual({
    '06': { scores: { '2.1': 2 }, notes: {} },
    '07': { scores: { '2.1': 1 }, notes: {} },
  });
});

test('a round the workspace has keeps its name; one it lacks is made from its id', () => {
  const read = readRounds(csv('2026-host;06;;2.1;2;', '2031;06;;2.1;1;', 'Var_2027;06;;2.1;0;'), sample);
  expect(read.rounds).toEqual({
    '2026-host': { name: 'Hösten 2026', period: '2026-09', criteria: CRITERIA },
    '2031': { name: '2031', period: '2031', criteria: CRITERIA },
    Var_2027: { name: 'Var_2027', period: '2026', criteria: CRITERIA },
  });
});

test('the same county and statement may be in a file once per round and hand', () => {
  const read = readRounds(csv('2016;06;;1.1;2;', '2016;06;Bo;1.1;1;', '2026-host;06;;1.1;0;'), sample);
  expect(read.data['2016']?.agreed['06']?.scores).toEqual({ '1.1': 2 });
  expect(read.data['2016']?.raters.bo?.['06']?.scores).toEqual({ '1.1': 1 });
  expect(read.data['2026-host']?.agreed['06']?.scores).toEqual({ '1.1': 0 });
});

test('rows with neither score nor note make no round and no rater', () => {
  const read = readRounds(csv('2016;06;;1.1;2;', '2040;06;Ny;1.1; ;  ', '', ';;;;;'));
  expect(Object.keys(read.rounds)).toEqual(['2016']);
  expect(read.raters).toEqual({});
});

test('the header is read without regard to case or surrounding spaces, in a comma file', () => {
  const read = readRounds(' OMGANG ,Lan,bedomare,Pastaende,POANG, anteckning\r\n2016,6,,1.1,2,"Bra, tydligt"\r\n');
  expect(read.data['2016']?.agreed).toEqual({ '06': { scores: { '1.1': 2 }, notes: { '1.1': 'Bra, tydligt' } } });
});

test('neutralised cells are restored, and a note keeps its spaces and line breaks', () => {
  const read = readRounds(csv(`'-x;06;'=Eva;1.1;;" två\r\nrader "`, `'-x;06;'=Eva;1.2;;"'+1"`));
  expect(read.rounds).toEqual({ '-x': { name: '-x', period: '2026', criteria: CRITERIA } });
  expect(read.raters).toEqual({ eva: { name: '=Eva' } });
  expect(read.data['-x']?.raters.eva).toEqual({ '06': { scores: {}, notes: { '1.1': ' två\r\nrader ', '1.2': '+1' } } });
});

test.each([
  ['an empty file', ''],
  ['a byte order mark alone', BOM],
  ['a header alone', csv()],
  ['a header and blank rows', csv(';;;;;', '')],
])('%s names no round, so nothing is replaced', (_what, text) => {
  expect(readScoresCsv(text, instrument, sample)).toEqual({ ok: true, value: { kind: 'rounds', workspace: EMPTY_WORKSPACE } });
});

test.each([
  ['a missing round', csv(';06;;1.1;2;'), 'rad 2, kolumn "omgang"', 'omgången saknas'],
  [
    'a round id with a space',
    csv('Höst 2026;06;;1.1;2;'),
    'rad 2, kolumn "omgang"',
    "omgången 'Höst 2026' ska vara 1–32 tecken: bokstäverna a–z och A–Z, siffror, bindestreck eller understreck",
  ],
  ['an unknown county', csv('2016;02;;1.1;2;'), 'rad 2, kolumn "lan"', "okänt län '02'"],
  ['a missing county', csv('2016;;;1.1;2;'), 'rad 2, kolumn "lan"', 'länet saknas'],
  ['a rater name over 40 characters', csv(`2016;06;${'x'.repeat(41)};1.1;2;`), 'rad 2, kolumn "bedomare"', 'namnet är längre än 40 tecken'],
  ['an unknown statement', csv('2016;06;;1.9;2;'), 'rad 2, kolumn "pastaende"', "okänt påstående '1.9'"],
  ['a missing statement', csv('2016;06;;;2;'), 'rad 2, kolumn "pastaende"', 'påståendet saknas'],
  ['a score of 3', csv('2016;06;;1.1;3;'), 'rad 2, kolumn "poang"', 'poängen måste vara 0, 1 eller 2 eller tom'],
  ['too few cells', csv('2016;06;;1.1;2'), 'rad 2', 'raden ska ha 6 fält men har 5'],
  ['too many cells', csv('2016;06;;1.1;2;;'), 'rad 2', 'raden ska ha 6 fält men har 7'],
  [
    'a repeated round, hand, county and statement',
    csv('2016;06;Bo;1.1;2;', '2016;06;;1.1;2;', '2016;6;bo;1.1;;ny'),
    'rad 4',
    'omgången, bedömaren, länet och påståendet finns redan på rad 2',
  ],
  [
    'the same new rater twice in one place',
    csv('2016;06;Eva;1.1;2;', '2016;06;EVA;1.1;1;'),
    'rad 3',
    'omgången, bedömaren, länet och påståendet finns redan på rad 2',
  ],
  [
    'a header the app does not know',
    'omgång;län;bedömare;påstående;poäng;anteckning\r\n2016;06;;1.1;2;\r\n',
    'rad 1',
    'första raden ska vara rubrikerna omgang;lan;bedomare;pastaende;poang;anteckning (en rad per omgång, bedömare, län och påstående), ' +
      'lan;pastaende;poang;anteckning (en rad per län och påstående) eller lan;namn;1.1;1.2;… (en rad per län)',
  ],
  ['a quote never closed', csv('2016;06;;1.1;2;"ingen slut'), 'rad 2', 'citattecknet som börjar här avslutas aldrig'],
])('%s is rejected with its place and reason', (_what, text, path, message) => {
  expect(readScoresCsv(text, instrument, sample)).toEqual({ ok: false, problems: [{ path, message }] });
});

test('every problem in the file is reported at once, in file order, and nothing is read', () => {
  expect(readScoresCsv(csv(';99;;1.9;5;', '2016;06;;1.1;2;', '2016;06;;1.1;1;', '2016;07;;1.1;1'), instrument, sample)).toEqual({
    ok: false,
    problems: [
      { path: 'rad 2, kolumn "omgang"', message: 'omgången saknas' },
      { path: 'rad 2, kolumn "lan"', message: "okänt län '99'" },
      { path: 'rad 2, kolumn "pastaende"', message: "okänt påstående '1.9'" },
      { path: 'rad 2, kolumn "poang"', message: 'poängen måste vara 0, 1 eller 2 eller tom' },
      { path: 'rad 4', message: 'omgången, bedömaren, länet och påståendet finns redan på rad 3' },
      { path: 'rad 5', message: 'raden ska ha 6 fält men har 5' },
    ],
  });
});

// Any workspace: rounds and raters with or without details, names that clash in case, that are
// another rater's id or that a spreadsheet would run; notes with delimiters, quotes and line breaks.
