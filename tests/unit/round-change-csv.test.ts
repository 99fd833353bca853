import { expect, test } from 'vitest';
import { changeBetweenRounds } from '../../src/domain/change/level-change';
import { scoreChangeRows, sortScoreChangeRows } from '../../src/domain/change/score-change';
import { toRoundChangeCsv, type RoundChangeCsvWords } from '../../src/domain/csv/round-change-csv';
import { toScoreChangeCsv } from '../../src/domain/csv/score-change-csv';
import { parseCsv } from '../../src/lib/csv-text';
import { linesOf, STATEMENT_IDS, statementCells } from './csv-lines';
import { allScored, loadInstrument, workspaceOf } from './load-instrument';

const instrument = loadInstrument();

/** Earlier: Jönköping all 1, Kronoberg all 2, Kalmar all 0. Later: Jönköping all 2, Kronoberg all 1 with 3.1 = 0, Kalmar all 0, Gotland all 1. */
const earlier = workspaceOf({ '06': allScored(instrument, 1), '07': allScored(instrument, 2), '08': allScored(instrument, 0) });
const later = workspaceOf({
  '06': allScored(instrument, 2),
  '07': allScored(instrument, 1, { '3.1': 0 }),
  '08': allScored(instrument, 0),
  '09': allScored(instrument, 1),
});

const WORDS: RoundChangeCsvWords = {
  area: 'Område',
  title: 'Namn',
  higher: 'Högre nivå',
  same: 'Samma nivå',
  lower: 'Lägre nivå',
  notComparable: 'Ej jämförbar',
  counties: (column) => `Län: ${column}`,
  areaName: (id) => `Område ${id}`,
  areaTitle: (id) => instrument.areas.find((area) => area.area.id === id)?.area.shortTitle.sv ?? '',
};

const areas = changeBetweenRounds({ instrument, scores: earlier }, { instrument, scores: later });
const notRated = instrument.counties.filter((county) => !['06', '07', '08'].includes(county.code)).map((county) => county.name).join(', ');

test('the change per area has a row per area with the four counts, then the names behind each count in columns of their own', () => {
  const lines = linesOf(toRoundChangeCsv(areas, WORDS, ';'));
  expect(lines[0]).toBe('Område;Namn;Högre nivå;Samma nivå;Lägre nivå;Ej jämförbar;Län: Högre nivå;Län: Samma nivå;Län: Lägre nivå;Län: Ej jämförbar');
  expect(lines).toHaveLength(7);
  // Area 3: Jönköping 1 → 2 (higher), Kronoberg 2 → 0 with 3.1 = 0 (lower), Kalmar 0 → 0.
  // A list of names holds commas, so it is quoted whichever delimiter the file uses.
  expect(lines[3]).toBe(`Område 3;Geografi och täckning;1;1;1;18;Jönköping;Kalmar;Kronoberg;"${notRated}"`);
});

test('the counts in the file are the lengths of the lists the table counts, in every area', () => {
  const parsed = parseCsv(toRoundChangeCsv(areas, WORDS, ','));
  if (!parsed.ok) throw new Error('unreadable');
  expect(parsed.delimiter).toBe(',');
  parsed.rows.slice(1).forEach((row, index) => {
    const area = areas[index];
    expect(row.slice(2, 6)).toEqual([area?.higher.length, area?.same.length, area?.lower.length, area?.notComparable.length].map(String));
    expect(row.slice(6, 10).map((names) => (names === '' ? 0 : names.split(', ').length))).toEqual(row.slice(2, 6).map(Number));
  });
});

test('a county name that a spreadsheet would run as a formula is written as text in the list of names too', () => {
  const named = { ...instrument, counties: instrument.counties.map((county) => (county.code === '06' ? { ...county, name: '=HYPERLINK("x")' } : county)) };
  const lines = linesOf(toRoundChangeCsv(changeBetweenRounds({ instrument: named, scores: earlier }, { instrument: named, scores: later }), WORDS, ';'));
  expect(lines[3]).toContain(`;"'=HYPERLINK(""x"")";`);
});

test('the score change has the county, its total and a column per statement as plain numbers, in the rows’ order, empty where not comparable', () => {
  const rows = sortScoreChangeRows(scoreChangeRows(instrument, earlier, later), { key: { by: 'total' }, direction: 'desc' });
  const lines = linesOf(toScoreChangeCsv(rows, instrument.statementIds, { county: 'Län', total: 'Summa' }, ';'));
  expect(lines[0]).toBe(['Län', 'Summa', ...STATEMENT_IDS].join(';'));
  expect(lines.slice(1, 4)).toEqual([
    ['Jönköping', '32', ...statementCells({}, '1')].join(';'),
    ['Kalmar', '0', ...statementCells({}, '0')].join(';'),
    // A decrease is a plain negative number, which a spreadsheet sums.
    ['Kronoberg', '-33', ...statementCells({ '3.1': '-2' }, '-1')].join(';'),
  ]);
  // Gotland has no scores in the earlier round: nothing to compare, so empty cells, and last.
  expect(lines.slice(4).every((line) => line.endsWith(';'.repeat(33)))).toBe(true);
  expect(lines).toHaveLength(22);
});
