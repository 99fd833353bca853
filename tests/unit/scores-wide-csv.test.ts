import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toScoresCsv } from '../../src/domain/csv/scores-csv';
import { scoresWideHeader, toScoresWideCsv } from '../../src/domain/csv/scores-wide-csv';
import type { Score } from '../../src/domain/score';
import { EMPTY_ROUND_SCORES, type Assessment, type RoundScores } from '../../src/domain/workspace/assessment';
import { incomingWorkspace } from '../../src/domain/workspace/import-plan';
import { linesOf, STATEMENT_IDS, statementCells } from './csv-lines';
import { readOneRound, readScoresCsv, withNote, withScore } from './csv-support';
import { allScored, loadInstrument, unwrap, workspaceOf } from './load-instrument';
import { oneRound, TEST_ROUND } from './one-round';

const instrument = loadInstrument();
const codes = instrument.counties.map((county) => county.code);
const HEADER = `lan;namn;${STATEMENT_IDS.join(';')}`;

/** A wide-form text with the header (or the given one) and these data lines, as Excel writes it. */
function wide(lines: readonly string[], header = HEADER): string {
  return [header, ...lines].map((line) => `${line}\r\n`).join('');
}

/** A data line of the wide form: the county, its name and a cell per statement. */
function row(county: string, name: string, values: Readonly<Record<string, string | number>> = {}): string {
  return [county, name, ...statementCells(values)].join(';');
}

function imported(text: string): RoundScores {
  return unwrap(readOneRound(text, instrument), 'the CSV');
}

test('the header is lan, namn and the statement ids in instrument order', () => {
  expect(scoresWideHeader(instrument).join(';')).toBe(
    'lan;namn;1.1;1.2;1.3;1.4;1.5;1.6;1.7;1.8;2.1;2.2;2.3;2.4;2.5;2.6;3.1;3.2;3.3;4.1;4.2;' +
      '5.1;5.2;5.3;5.4;5.5;5.6;5.7;5.8;6.1;6.2;6.3;6.4;6.5',
  );
});

test('every county gets a row in county-list order, with empty cells where unscored and no notes', () => {
  let workspace = withScore(EMPTY_ROUND_SCORES, '25', '6.5', 1);
  workspace = withScore(workspace, '01', '3.3', 2);
  workspace = withScore(workspace, '01', '1.1', 0);
  workspace = withNote(workspace, '09', '5.2', 'bara en anteckning');
  const lines = linesOf(toScoresWideCsv(workspace, instrument));
  expect(lines).toHaveLength(22);
  expect(lines[0]).toBe(HEADER);
  expect(lines[1]).toBe('01;Stockholm;0;;;;;;;;;;;;;;;;2;;;;;;;;;;;;;;;');
  expect(lines[2]).toBe(row('03', 'Uppsala'));
  expect(lines[8]).toBe(row('09', 'Gotland'));
  expect(lines[21]).toBe(row('25', 'Norrbotten', { '6.5': 1 }));
  expect(lines.slice(1).map((line) => line.split(';').slice(0, 2).join(' '))).toEqual(
    instrument.counties.map((county) => `${county.code} ${county.name}`),
  );
});

test('a comma file can be written on request', () => {
  const lines = linesOf(toScoresWideCsv(withScore(EMPTY_ROUND_SCORES, '06', '2.3', 2), instrument, ','));
  expect(lines[0]).toBe(`lan,namn,${STATEMENT_IDS.join(',')}`);
  expect(lines[5]).toBe(['06', 'Jönköping', ...statementCells({ '2.3': 2 })].join(','));
});

test('a fully scored county is read back with all its scores and no notes', () => {
  const workspace = workspaceOf({ '12': allScored(instrument, 2, { '4.2': 0 }) });
  expect(imported(toScoresWideCsv(workspace, instrument))).toEqual(workspace);
});

test.each([
  ['its code, with its name', '06', 'Jönköping'],
  ['its code without the leading zero, without a name', '6', ''],
  ['its code, with its name in capitals', '06', 'JÖNKÖPING'],
  ['its name in the lan column', 'jönköping', ''],
])('a row naming the county by %s is read', (_what, county, name) => {
  expect(imported(wide([row(county, name, { '1.1': 2 })]))).toEqual(withScore(EMPTY_ROUND_SCORES, '06', '1.1', 2));
});

test('only some statement columns, in any order, in a comma file with headers in capitals', () => {
  expect(imported('LAN, Namn ,4.2,1.1\r\n24,Västerbotten,1, 0 \r\n')).toEqual(
    workspaceOf({ '24': { scores: { '4.2': 1, '1.1': 0 }, notes: {} } }),
  );
});

test('blank rows and counties without scores add nothing', () => {
  expect(imported(wide([row('01', 'Stockholm'), '', ';;', row('03', 'Uppsala', { '2.1': 1 })]))).toEqual(
    withScore(EMPTY_ROUND_SCORES, '03', '2.1', 1),
  );
});

test.each([
  ['a score of 3', wide([row('01', 'Stockholm'), row('03', 'Uppsala', { '2.4': 3 })]), 'rad 3, kolumn "2.4"', 'poängen måste vara 0, 1 eller 2 eller tom'],
  ['a score of "x"', wide([row('03', 'Uppsala', { '6.5': 'x' })]), 'rad 2, kolumn "6.5"', 'poängen måste vara 0, 1 eller 2 eller tom'],
  ['an unknown statement column', 'lan;namn;1.1;1.9\r\n06;Jönköping;2;1\r\n', 'rad 1, kolumn "1.9"', "okänt påstående '1.9'"],
  ['a repeated statement column', 'lan;namn;1.1;1.2;1.1\r\n', 'rad 1, kolumn "1.1"', 'påståendet finns redan i kolumn 3'],
  ['a column without a header', 'lan;namn;1.1;\r\n06;;2;\r\n', 'rad 1, kolumn 4', 'kolumnen saknar rubrik; den ska vara ett påståendes id'],
  ['no statement columns', 'lan;namn\r\n06;Jönköping\r\n', 'rad 1', 'efter lan och namn ska påståendenas id stå som rubriker (1.1, 1.2, …)'],
  ['an unknown county', wide([row('02', '', { '1.1': 1 })]), 'rad 2, kolumn "lan"', "okänt län '02'"],
  ['a missing county', wide([row('', '', { '1.1': 1 })]), 'rad 2, kolumn "lan"', 'länet saknas'],
  ['a name without its code', wide([row('', 'Stockholm', { '1.1': 1 })]), 'rad 2, kolumn "lan"', 'länet saknas'],
  ['a name of another county', wide([row('01', 'Uppsala', { '1.1': 1 })]), 'rad 2, kolumn "namn"', "'Uppsala' är inte namnet på län 01 (Stockholm)"],
  ['too few cells', wide(['01;Stockholm;1']), 'rad 2', 'raden ska ha 34 fält men har 3'],
  ['too many cells', wide([`${row('01', 'Stockholm')};`]), 'rad 2', 'raden ska ha 34 fält men har 35'],
  ['a repeated county', wide([row('01', 'Stockholm', { '1.1': 1 }), row('1', '', { '1.2': 1 })]), 'rad 3', 'länet finns redan på rad 2'],
])('%s is rejected with its place and reason', (_what, text, path, message) => {
  expect(readScoresCsv(text, instrument)).toEqual({ ok: false, problems: [{ path, message }] });
});

test('every problem in the file is reported at once, in file order', () => {
  const header = `lan;namn;1.1;9.9;2.4`;
  const text = [header, '99;;5;;1', '03;Uppsala;1;;7', '03;;2;;', '04;Södermanland;1'].map((line) => `${line}\r\n`).join('');
  expect(readScoresCsv(text, instrument)).toEqual({
    ok: false,
    problems: [
      { path: 'rad 1, kolumn "9.9"', message: "okänt påstående '9.9'" },
      { path: 'rad 2, kolumn "lan"', message: "okänt län '99'" },
      { path: 'rad 2, kolumn "1.1"', message: 'poängen måste vara 0, 1 eller 2 eller tom' },
      { path: 'rad 3, kolumn "2.4"', message: 'poängen måste vara 0, 1 eller 2 eller tom' },
      { path: 'rad 5', message: 'raden ska ha 5 fält men har 3' },
    ],
  });
});

const scoresArb = fc
  .dictionary(fc.constantFrom(...STATEMENT_IDS), fc.constantFrom<Score>(0, 1, 2), { noNullPrototype: true, minKeys: 1 })
  .map((scores): Assessment => ({ scores, notes: {} }));

const scoredWorkspaceArb: fc.Arbitrary<RoundScores> = fc
  .dictionary(fc.constantFrom(...codes), scoresArb, { noNullPrototype: true, maxKeys: 21 })
  .map((assessments) => ({ assessments }));

test.each<';' | ','>([';', ','])('any scores exported in wide form with %j import back unchanged', (delimiter) => {
  fc.assert(
    fc.property(scoredWorkspaceArb, (workspace) => {
      expect(readOneRound(toScoresWideCsv(workspace, instrument, delimiter), instrument)).toEqual({ ok: true, value: workspace });
    }),
    { numRuns: 200 },
  );
});

test('the wide form of a round’s agreed scores, read into that round, and the long form of the round import to the same scores', () => {
  const read = (text: string) => {
    const result = unwrap(readScoresCsv(text, instrument), 'the CSV');
    return incomingWorkspace(result, TEST_ROUND).data;
  };
  fc.assert(
    fc.property(scoredWorkspaceArb, (workspace) => {
      expect(read(toScoresWideCsv(workspace, instrument))).toEqual(read(toScoresCsv(oneRound(workspace), instrument)));
    }),
    { numRuns: 100 },
  );
});
