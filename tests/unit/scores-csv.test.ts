import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toScoresCsv } from '../../src/domain/csv/scores-csv';
import { SCORES_CSV_HEADER } from '../../src/domain/csv/scores-csv-v2';
import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import type { CsvDelimiter } from '../../src/lib/csv-text';
import { readScoresCsv } from './csv-support';
import { allStatementIds, loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);
const codes = instrument.counties.map((county) => county.code);
const BOM = '\uFEFF';
const HEADER = 'omgang;lan;bedomare;pastaende;poang;anteckning';
const CRITERIA = instrument.criteria.id;

/** A semicolon CSV text with the header and these data lines, CRLF-separated as Excel writes it. */
function csv(...lines: string[]): string {
  return [HEADER, ...lines].map((line) => `${line}\r\n`).join('');
}

const score = (round: string, rater: string, county: string, statement: string, value: Score): Change => ({ field: 'score', round, rater, county, statement, value });
const note = (round: string, rater: string, county: string, statement: string, value: string): Change => ({ field: 'note', round, rater, county, statement, value });

/** Two rounds (the earlier by period listed second in the file's details), two raters, and what is not written: a reason, a group level, a done mark. */
const sample: Workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: '2026-host', value: { name: 'Hösten 2026', period: '2026-09', criteria: CRITERIA } },
  { field: 'round', round: '2016', value: { name: '2016', period: '2016', criteria: CRITERIA } },
  { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  { field: 'rater', rater: 'anna', value: { name: 'Anna Berg' } },
  score('2026-host', 'bo', '06', '1.1', 1),
  score('2026-host', AGREED, '06', '1.1', 2),
  note('2026-host', AGREED, '06', '1.1', 'Forum; se "protokoll"'),
  score('2026-host', 'anna', '01', '3.3', 0),
  note('2026-host', 'anna', '01', '3.1', '=formel'),
  score('2016', AGREED, '25', '6.1', 1),
  { field: 'reason', round: '2026-host', county: '06', statement: '1.1', value: 'Bo missade forumet' },
  { field: 'level', round: '2026-host', county: '06', area: '1', value: { level: 2, reason: 'Styrgruppens beslut' } },
  { field: 'done', round: '2026-host', rater: 'bo', county: '06', value: true },
]);

const SAMPLE_LINES = [
  '2016;25;;6.1;1;',
  '2026-host;06;;1.1;2;"Forum; se ""protokoll"""',
  "2026-host;01;Anna Berg;3.1;;'=formel",
  '2026-host;01;Anna Berg;3.3;0;',
  '2026-host;06;Bo;1.1;1;',
];

/** Per round, the agreed scores and notes and each rater's: what the long form carries. */
function dataOf(workspace: Workspace) {
  return Object.fromEntries(Object.entries(workspace.data).map(([round, record]) => [round, { agreed: record.agreed, raters: record.raters }]));
}

function readRounds(text: string, current: Workspace = EMPTY_WORKSPACE): Workspace {
  const result = readScoresCsv(text, instrument, current);
  if (!result.ok) throw new Error(`the CSV could not be read: ${JSON.stringify(result.problems)}`);
  if (result.value.kind !== 'rounds') throw new Error('the CSV was read as one round');
  return result.value.workspace;
}

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
const ROUND_IDS = ['2016', '2026', '2026-host', 'x_1', '-y'];
const RATER_IDS = ['anna', 'bo', 'anna-2', 'eva'];
const nameArb = fc.oneof(
  fc.constantFrom('Anna', 'anna', 'ANNA', 'Bo', 'bo', 'anna-2', ' Eva ', '=Eva', "'+Eva", 'Åsa', 'A\u030asa', 'Anna; "A"'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== ''),
);
const noteArb = fc
  .oneof(
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '"', "'", '\r', '\n', '\t', ' ', 'a', 'ö'), minLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1 }),
  )
  .filter((text) => text.trim() !== '');
const cellArb = fc.record({
  round: fc.constantFrom(...ROUND_IDS),
  rater: fc.constantFrom(AGREED, ...RATER_IDS),
  county: fc.constantFrom(...codes),
  statement: fc.constantFrom(...ids),
});
const valueChangeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.tuple(cellArb, fc.constantFrom<Score>(0, 1, 2)).map(([cell, value]): Change => ({ field: 'score', ...cell, value })),
  fc.tuple(cellArb, noteArb).map(([cell, value]): Change => ({ field: 'note', ...cell, value })),
);
const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    rounds: fc.uniqueArray(fc.constantFrom(...ROUND_IDS), { maxLength: ROUND_IDS.length }),
    raters: fc.uniqueArray(fc.tuple(fc.constantFrom(...RATER_IDS), nameArb), { selector: ([id]) => id }),
    values: fc.array(valueChangeArb, { maxLength: 30 }),
  })
  .map(({ rounds, raters, values }) =>
    applyChanges(EMPTY_WORKSPACE, [
      ...rounds.map((round): Change => ({ field: 'round', round, value: { name: `Omgång ${round}`, period: '2020', criteria: CRITERIA } })),
      ...raters.map(([rater, name]): Change => ({ field: 'rater', rater, value: { name } })),
      ...values,
    ]),
  );

test.each<CsvDelimiter>([';', ','])('any workspace written with %j reads back into it with the same scores and notes of every round and hand', (delimiter) => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      const read = readRounds(toScoresCsv(workspace, instrument, delimiter), workspace);
      expect(dataOf(read)).toEqual(dataOf(workspace));
      // Nothing of the workspace is renamed and no rater is added.
      for (const [id, details] of Object.entries(read.rounds)) if (workspace.rounds[id]) expect(details).toEqual(workspace.rounds[id]);
      expect(Object.keys(read.raters).every((id) => workspace.raters[id] !== undefined)).toBe(true);
    }),
    { numRuns: 200 },
  );
});

test('any workspace whose raters have names apart reads into an empty workspace with every rater’s scores under the rater’s name', () => {
  // Names apart: no two the same but for case or Unicode form, and none another rater's id.
  const distinct = workspaceArb.filter((workspace) => {
    const keys = Object.values(workspace.raters).map((rater) => rater.name.trim().normalize('NFC').toLocaleLowerCase('sv'));
    return new Set(keys).size === keys.length && keys.every((key) => !RATER_IDS.includes(key));
  });
  fc.assert(
    fc.property(distinct, (workspace) => {
      const read = readRounds(toScoresCsv(workspace, instrument));
      const byName = (w: Workspace) =>
        Object.fromEntries(
          Object.entries(w.data).flatMap(([round, record]) =>
            Object.entries(record.raters).map(([id, sheet]) => [`${round} ${w.raters[id]?.name.trim() ?? id}`, sheet]),
          ),
        );
      expect(byName(read)).toEqual(byName(workspace));
    }),
    { numRuns: 200 },
  );
});

/** Importing must answer, never throw: either a workspace or at least one problem. */
function answers(text: string): boolean {
  const result = readScoresCsv(text, instrument, sample);
  return result.ok || result.problems.length > 0;
}

const csvCharArb = fc.constantFrom(';', ',', '"', "'", '\r', '\n', ' ', '0', '1', '2', '3', '6', '.', 'x', 'ö', BOM);

test('importing arbitrary text never throws', () => {
  fc.assert(fc.property(fc.oneof(fc.string({ unit: csvCharArb }), fc.string({ unit: 'binary' })), answers), { numRuns: 300 });
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
  return text.slice(0, i) + (kind === 'replace' ? piece : '') + text.slice(i + piece.length);
}

test('importing a valid export with characters deleted, inserted or replaced never throws', () => {
  fc.assert(
    fc.property(workspaceArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (workspace, edits) =>
      answers(edits.reduce(applyEdit, toScoresCsv(workspace, instrument))),
    ),
    { numRuns: 300 },
  );
});
