import { expect, test } from 'vitest';
import { countyCheck, hasCheck, NO_CHECKS, type CheckRecord } from '../../src/domain/county-check/county-check';
import { countyReport, countyReports } from '../../src/domain/report/county-reports';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { allScored, loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const county = (code: string) => {
  const found = instrument.counties.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no county ${code}`);
  return found;
};

const SUMMARY = 'Länet har en etablerad samverkansstruktur med alla kommuner.';
const checks: CheckRecord = {
  summaries: { '06': SUMMARY, '09': 'Intervju genomförd, sammanfattning på väg.' },
  comments: { '06': { '4': 'Överenskommelsen förnyas 2026.', '6': 'Uppföljning saknas.' }, '10': { '2': 'Folkhälsa saknar aktör.' } },
  statuses: {
    '06': { '2026-03-10T09:00:00.000Z': 'utkast', '2026-03-14T09:00:00.000Z': 'bekraftad', '2026-03-12T09:00:00.000Z': 'skickad' },
    '13': { '2026-03-11T09:00:00.000Z': 'skickad' },
  },
};

test.each<[string, string, { summary: string; comments: Record<string, string>; status?: string }, boolean]>([
  ['a county with summary, comments and statuses', '06', { summary: SUMMARY, comments: { '4': 'Överenskommelsen förnyas 2026.', '6': 'Uppföljning saknas.' }, status: 'bekraftad' }, true],
  ['a county with a summary alone', '09', { summary: 'Intervju genomförd, sammanfattning på väg.', comments: {} }, true],
  ['a county with a comment alone', '10', { summary: '', comments: { '2': 'Folkhälsa saknar aktör.' } }, true],
  ['a county with a status alone', '13', { summary: '', comments: {}, status: 'skickad' }, true],
  ['a county with nothing of its check', '25', { summary: '', comments: {} }, false],
])('%s: its check is read from the round, and whether it has one', (_case, code, expected, has) => {
  const check = countyCheck(checks, code);
  expect({ summary: check.summary, comments: check.comments, status: check.status?.status }).toEqual({ status: undefined, ...expected });
  expect(hasCheck(check)).toBe(has);
});

test('a county\'s check carries the latest status with the time it was set', () => {
  expect(countyCheck(checks, '06').status).toEqual({ at: '2026-03-14T09:00:00.000Z', status: 'bekraftad' });
});

const scores: RoundScores = { assessments: { '06': allScored(instrument, 2), '07': allScored(instrument, 1) } };

test('the report takes in every county with a score or anything of its check, in county-list order', () => {
  const { reports, unscored } = countyReports(instrument, scores, 'sv', checks);
  expect(reports.map((report) => report.county.code)).toEqual(['06', '07', '09', '10', '13']);
  expect(unscored.map((c) => c.code)).not.toContain('09');
  expect(unscored).toHaveLength(16);
});

test('without the checks, the report takes in the scored counties only, as before', () => {
  expect(countyReports(instrument, scores).reports.map((report) => report.county.code)).toEqual(['06', '07']);
});

test('a county report has the summary, the current status, and each area\'s comment under its area', () => {
  const report = countyReport(instrument, scores, county('06'), 'sv', checks);
  expect(report.summary).toBe(SUMMARY);
  expect(report.status).toEqual({ at: '2026-03-14T09:00:00.000Z', status: 'bekraftad' });
  expect(report.areas.map((area) => [area.area.area.id, area.comment])).toEqual([
    ['1', ''],
    ['2', ''],
    ['3', ''],
    ['4', 'Överenskommelsen förnyas 2026.'],
    ['5', ''],
    ['6', 'Uppföljning saknas.'],
  ]);
});

test('a county report without checks has a blank summary, no status and no comments', () => {
  const report = countyReport(instrument, scores, county('07'), 'sv', NO_CHECKS);
  expect(report.summary).toBe('');
  expect(report.status).toBeUndefined();
  expect(report.areas.every((area) => area.comment === '')).toBe(true);
});
