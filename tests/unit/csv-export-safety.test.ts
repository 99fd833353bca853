import { expect, test } from 'vitest';
import { scoreChangeRows } from '../../src/domain/change/score-change';
import { buildHeatmap, HEATMAP_DEFAULT_SORT } from '../../src/domain/compare/heatmap';
import { buildOverview, OVERVIEW_DEFAULT_SORT } from '../../src/domain/compare/overview';
import { compareStatements, levelsByArea } from '../../src/domain/compare/side-by-side';
import { buildInstrument, type Instrument } from '../../src/domain/criteria/instrument';
import { toHeatmapCsv } from '../../src/domain/csv/heatmap-csv';
import { toOverviewCsv } from '../../src/domain/csv/overview-csv';
import { toRatingsCsv } from '../../src/domain/csv/ratings-csv';
import { toScoreChangeCsv } from '../../src/domain/csv/score-change-csv';
import { toScoresCsv } from '../../src/domain/csv/scores-csv';
import { toScoresWideCsv } from '../../src/domain/csv/scores-wide-csv';
import { toSideBySideCsv } from '../../src/domain/csv/side-by-side-csv';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { applyChanges } from '../../src/domain/workspace/changes';
import { markRatersDone } from '../../src/domain/workspace/import-plan';
import { parseCsv, type CsvDelimiter } from '../../src/lib/csv-text';
import { readOneRound, readScoresCsv, withNote } from './csv-support';
import { allScored, loadCounties, loadCriteria, workspaceOf } from './load-instrument';
import { oneRound } from './one-round';

/**
 * The shipped instrument with Stockholm renamed. County names are the free text most exports
 * carry; the long form has codes instead, and carries notes.
 */
function instrumentWithName(name: string): Instrument {
  return buildInstrument(
    loadCriteria(),
    loadCounties().map((county) => (county.code === '01' ? { ...county, name } : county)),
  );
}

function workspaceWith(instrument: Instrument, note: string): RoundScores {
  return withNote(workspaceOf({ '01': allScored(instrument, 1), '03': allScored(instrument, 2) }), '01', '1.1', note);
}

type Export = (workspace: RoundScores, instrument: Instrument, delimiter: CsvDelimiter) => string;

/** Every CSV the app writes, each with the headings its view would give it. */
const EXPORTS: [string, Export][] = [
  ['scores, long form', (workspace, instrument, delimiter) => toScoresCsv(oneRound(workspace), instrument, delimiter)],
  ['scores, wide form', (workspace, instrument, delimiter) => toScoresWideCsv(workspace, instrument, delimiter)],
  ['levels', (workspace, instrument, delimiter) => toRatingsCsv(workspace, instrument, 'sv', delimiter)],
  [
    'Överblick',
    (workspace, instrument, delimiter) =>
      toOverviewCsv(buildOverview(instrument, workspace, OVERVIEW_DEFAULT_SORT).rows, instrument, 'sv', { county: 'Län', area: (id) => id }, delimiter),
  ],
  [
    'Påståenden',
    (workspace, instrument, delimiter) =>
      toHeatmapCsv(buildHeatmap(instrument, workspace, HEATMAP_DEFAULT_SORT), { county: 'Län', total: 'Summa' }, delimiter),
  ],
  [
    'Sida vid sida',
    (workspace, instrument, delimiter) => {
      const codes = ['01', '03'];
      const counties = instrument.counties.filter((county) => codes.includes(county.code));
      const input = { counties, levels: levelsByArea(instrument, workspace, codes), statements: compareStatements(instrument, workspace, codes) };
      const words = { area: 'Område', areaName: (id: string) => id, statement: 'Påstående', wording: 'Lydelse', comparison: 'Jämförelse', differs: '≠', same: '=', incomplete: '-' };
      return toSideBySideCsv(input, instrument, 'sv', words, delimiter);
    },
  ],
  [
    'Förändring, poäng',
    (workspace, instrument, delimiter) =>
      toScoreChangeCsv(scoreChangeRows(instrument, workspace, workspace), instrument.statementIds, { county: 'Län', total: 'Summa' }, delimiter),
  ],
];

/** What a spreadsheet would evaluate: a cell starting so, unless it is a plain number. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(?:[.,]\d+)?$/.test(cell);

function cellsOf(text: string): string[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`the exported CSV could not be read: ${JSON.stringify(parsed.fault)}`);
  return parsed.rows.flat();
}

const INJECTIONS = ['=HYPERLINK("http://example.com";"klicka")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

const cases = EXPORTS.flatMap(([what, write]) => INJECTIONS.map((text) => ({ what, write, text })));

test.each(cases)('$what: a county name and a note $text are written as text with a leading apostrophe', ({ write, text }) => {
  const instrument = instrumentWithName(text);
  const cells = cellsOf(write(workspaceWith(instrument, text), instrument, ';'));
  expect(cells).toContain(`'${text}`);
  expect(cells.filter(isFormula)).toEqual([]);
});

test.each(INJECTIONS)('in the long form, a note and a rater’s name %j and a round id "-2x" are neutralised and read back exactly', (text) => {
  const instrument = instrumentWithName('Stockholm');
  // A round id is letters, digits, "-" and "_": of the formula starts only "-" can begin one.
  const round = '-2x';
  const workspace = applyChanges(oneRound(workspaceWith(instrument, text)), [
    { field: 'round', round, value: { name: round, period: '2026', criteria: instrument.criteria.id } },
    { field: 'rater', rater: 'x', value: { name: text.trim() } },
    { field: 'score', round, rater: 'x', county: '03', statement: '2.1', value: 1 },
    { field: 'note', round, rater: 'x', county: '03', statement: '2.1', value: text },
  ]);
  const csv = toScoresCsv(workspace, instrument);
  expect(cellsOf(csv)).toContain(`'${text}`);
  expect(cellsOf(csv)).toContain("'-2x");
  expect(cellsOf(csv).filter(isFormula)).toEqual([]);
  const read = readScoresCsv(csv, instrument, workspace);
  // A CSV has no done marks: the rater's scores read back as done.
  expect(read.ok && read.value.kind === 'rounds' ? read.value.workspace.data : undefined).toEqual(markRatersDone(workspace).data);
});

test.each(EXPORTS)('%s: a name and a note with a semicolon, a comma, quotes and a line break are quoted', (_what, write) => {
  const name = 'Stock;holm, "Nya"\r\nlänet';
  const instrument = instrumentWithName(name);
  for (const delimiter of [';', ','] as const) {
    const text = write(workspaceWith(instrument, name), instrument, delimiter);
    expect(text).toContain('"Stock;holm, ""Nya""\r\nlänet"');
    expect(cellsOf(text)).toContain(name);
  }
});

test('the wide form with a renamed county reads back its scores', () => {
  const instrument = instrumentWithName('=Stockholm;"x"');
  const workspace = workspaceOf({ '01': allScored(instrument, 1) });
  expect(readOneRound(toScoresWideCsv(workspace, instrument), instrument)).toEqual({ ok: true, value: workspace });
});
