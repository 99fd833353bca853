import { expect, test } from 'vitest';
import { countyReport, countyReports, reportCoverage } from '../../src/domain/report/county-reports';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { allScored, loadInstrument, partlyScored, scoresFrom, workspaceOf } from './load-instrument';

const instrument = loadInstrument();
const county = (code: string) => {
  const found = instrument.counties.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no county ${code}`);
  return found;
};

/** Uppsala fully scored 1 with a note, Skåne partly scored, Gotland only a note; nobody else. */
function workspace(): RoundScores {
  const uppsala = allScored(instrument, 1, { '1.1': 2 });
  return workspaceOf({
    '03': { ...uppsala, notes: { '4.2': 'Samarbetet gäller bara vuxenpsykiatrin.' } },
    '12': partlyScored(instrument),
    '09': { scores: {}, notes: { '1.1': 'Intervju bokad.' } },
  });
}

test('only counties with at least one score get a report, in county-list order; the rest are named as unscored', () => {
  const { reports, unscored } = countyReports(instrument, workspace());
  expect(reports.map((report) => report.county.name)).toEqual(['Uppsala', 'Skåne']);
  expect(unscored).toHaveLength(19);
  expect(unscored.map((c) => c.name)).toContain('Gotland');
  expect(unscored.map((c) => c.name)).not.toContain('Uppsala');
});

test('a county report lists all 32 statements under their areas with score and note, null where unscored', () => {
  const report = countyReport(instrument, workspace(), county('12'));
  const lines = report.areas.flatMap((area) => area.statements);
  expect(lines.map((line) => line.id)).toEqual(instrument.statements.map((statement) => statement.id));
  expect(report.scored).toBe(27);
  expect(lines.find((line) => line.id === '1.1')).toEqual({ id: '1.1', text: instrument.statementById.get('1.1')?.text, score: null, note: '' });
  expect(lines.find((line) => line.id === '3.1')?.score).toBe(1);

  const uppsala = countyReport(instrument, workspace(), county('03'));
  const line42 = uppsala.areas.flatMap((area) => area.statements).find((line) => line.id === '4.2');
  expect(line42).toMatchObject({ score: 1, note: 'Samarbetet gäller bara vuxenpsykiatrin.' });
});

test.each<['sv' | 'en', string, string]>([
  ['sv', '3', 'Bitvis välutvecklat stöd'],
  ['en', '3', 'Partly well-developed support'],
])('in %s, area %s of a partly scored county is rated with its reason and the others say what is missing', (lang, areaId, label) => {
  const report = countyReport(instrument, workspace(), county('12'), lang);
  const area = report.areas.find((candidate) => candidate.area.area.id === areaId);
  expect(area?.rating.status === 'rated' ? area.rating.label[lang] : undefined).toBe(label);
  expect(area?.reason).toMatch(lang === 'sv' ? /uppfyllt/ : /met/);
  const area4 = report.areas.find((candidate) => candidate.area.area.id === '4');
  expect(area4?.rating.status).toBe('not-rated');
  expect(area4?.reason).toBe(
    lang === 'sv' ? 'Ej bedömd: 1 påstående saknar poäng (4.2)' : 'Not rated: 1 statement has no score (4.2)',
  );
});

test.each<[string, RoundScores, { withScores: number; ratedInAllAreas: number }]>([
  ['no data', { assessments: {} }, { withScores: 0, ratedInAllAreas: 0 }],
  ['one fully scored, one partly, one note only', workspace(), { withScores: 2, ratedInAllAreas: 1 }],
  ['a single score', workspaceOf({ '01': scoresFrom({ '1.1': 0 }) }), { withScores: 1, ratedInAllAreas: 0 }],
  [
    'every county fully scored',
    workspaceOf(Object.fromEntries(instrument.counties.map((c) => [c.code, allScored(instrument, 2)]))),
    { withScores: 21, ratedInAllAreas: 21 },
  ],
])('the coverage with %s counts counties with a score and counties rated in every area', (_situation, data, expected) => {
  expect(reportCoverage(instrument, data)).toEqual({ total: 21, ...expected });
});

test.each<[string, string, boolean]>([
  ['a county with a note on one statement', '03', true],
  ['a county with scores and no note', '12', false],
])('a county report says whether any statement has a note, which keeps its note column: %s', (_, code, hasNotes) => {
  expect(countyReport(instrument, workspace(), county(code)).hasNotes).toBe(hasNotes);
});
