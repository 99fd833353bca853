import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ANSWERS_CSV_HEADER, toAnswersCsv } from '../../src/domain/csv/answers-csv';
import { applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { parseCsv } from '../../src/lib/csv-text';
import { linesOf } from './csv-lines';
import { loadInstrument } from './load-instrument';
import { workspaceArb } from './workspace-arbitrary';

const instrument = loadInstrument();

const answer = (round: string, county: string, question: string) => ({ round, county, question });

/** Two rounds; answers given in another order than the export's, to see that the export sorts them. */
const workspace: Workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: '2026', value: { name: 'Uppföljning 2026', period: '2026', criteria: 'bilaga1-2016' } },
  { field: 'round', round: '2016', value: { name: 'Länsinventering 2016', period: '2016-03', criteria: 'bilaga1-2016' } },
  { field: 'choice', ...answer('2026', '06', 'g5.1'), option: 'metis', value: true },
  { field: 'choice', ...answer('2026', '06', 'g5.1'), option: 'fou-miljo', value: true },
  { field: 'other', ...answer('2026', '06', 'g5.1'), value: 'Länets bibliotek' },
  { field: 'figure', ...answer('2026', '06', 'g2.7'), value: 12.5 },
  { field: 'answer', ...answer('2026', '06', 'g2.7'), value: 'Enligt budget 2026; "ungefär"' },
  { field: 'answer', ...answer('2026', '01', 'g1.1'), value: 'Utvecklingsledare, kommunförbundet' },
  { field: 'figure', ...answer('2016', '25', 'g6.1'), value: 4 },
  { field: 'choice', ...answer('2016', '06', 'g3.1'), option: 'skola', value: true },
] satisfies Change[]);

test('the header has fixed ASCII names: omgang, lan, namn, avsnitt, fraga, fragetext, anteckning, tal, enhet, val and andra', () => {
  const [header] = linesOf(toAnswersCsv(workspace, instrument, 'sv'));
  expect(header).toBe('omgang;lan;namn;avsnitt;fraga;fragetext;anteckning;tal;enhet;val;andra');
  expect(ANSWERS_CSV_HEADER.join('')).toMatch(/^[a-z]+$/);
});

test('there is one row per answered question: rounds by period, counties in list order, questions in the guide’s order', () => {
  const rows = parsed(toAnswersCsv(workspace, instrument, 'sv')).slice(1);
  expect(rows.map((row) => row.slice(0, 5).join(' '))).toEqual([
    '2016 06 Jönköping Sakområden g3.1',
    '2016 25 Norrbotten Kapacitet och kompetens g6.1',
    '2026 01 Stockholm Allmänt g1.1',
    '2026 06 Jönköping Styrning och mandat g2.7',
    '2026 06 Jönköping Samarbeten g5.1',
  ]);
});

test('a row holds the question, the note, the figure with its unit, the options ticked in the guide’s order and the others named', () => {
  const rows = parsed(toAnswersCsv(workspace, instrument, 'sv')).slice(1);
  expect(rows[3]?.slice(5)).toEqual(['Vad är kostnaden för er organisation per invånare?', 'Enligt budget 2026; "ungefär"', '12,5', 'kr', '', '']);
  expect(rows[4]?.slice(6)).toEqual(['', '', '', 'FoU-miljö | Metis', 'Länets bibliotek']);
  expect(rows[0]?.slice(6)).toEqual(['', '', '', 'Skola (förskola, grundskola, gymnasium, särskola, elevhälsa)', '']);
});

test.each([
  [';', '12,5'],
  [',', '12.5'],
] as const)('in a file separated by "%s" the figure is written %s, as a spreadsheet of that kind reads it', (delimiter, figure) => {
  const rows = parsed(toAnswersCsv(workspace, instrument, 'sv', delimiter));
  expect(rows.find((row) => row[4] === 'g2.7')?.[7]).toBe(figure);
});

test('in English the section, the question, the unit and the options are the English texts; what was written stays as written', () => {
  const rows = parsed(toAnswersCsv(workspace, instrument, 'en')).slice(1);
  expect(rows[3]?.slice(3)).toEqual(['Governance and mandate', 'g2.7', 'What does your organisation cost per inhabitant?', 'Enligt budget 2026; "ungefär"', '12,5', 'SEK', '', '']);
  expect(rows[4]?.[9]).toBe('R&D unit | Metis');
});

test('a scope of one round and one county writes only that county’s answers in that round', () => {
  const rows = parsed(toAnswersCsv(workspace, instrument, 'sv', ';', { round: '2026', county: '06' })).slice(1);
  expect(rows.map((row) => row[4])).toEqual(['g2.7', 'g5.1']);
  expect(linesOf(toAnswersCsv(workspace, instrument, 'sv', ';', { round: '2016', county: '01' }))).toHaveLength(1);
});

test('a note, an “Andra” and a county name that a spreadsheet would run as a formula are written as text', () => {
  const dangerous = applyChanges(workspace, [
    { field: 'answer', ...answer('2026', '06', 'g1.2'), value: '=HYPERLINK("http://example.com")' },
    { field: 'other', ...answer('2026', '06', 'g6.3'), value: '@SUM(A1)' },
  ]);
  const cells = parsed(toAnswersCsv(dangerous, instrument, 'sv')).flat();
  expect(cells).toContain(`'=HYPERLINK("http://example.com")`);
  expect(cells).toContain(`'@SUM(A1)`);
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
});

test('any workspace gives one row per answer to a question of the guide, in a county of the list', () => {
  const counties = new Set(instrument.counties.map((county) => county.code));
  fc.assert(
    fc.property(workspaceArb, (any) => {
      const expected = Object.values(any.data).flatMap((record) =>
        Object.entries(record.answers).flatMap(([county, byQuestion]) => (counties.has(county) ? Object.keys(byQuestion).filter((id) => instrument.questionIds.has(id)) : [])),
      );
      expect(parsed(toAnswersCsv(any, instrument, 'sv'))).toHaveLength(expected.length + 1);
    }),
    { numRuns: 200 },
  );
});

function parsed(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error('the export could not be read back');
  return result.rows;
}
