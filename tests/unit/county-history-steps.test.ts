import { expect, test } from 'vitest';
import { countyHistory, type HistoryRound } from '../../src/domain/change/county-history';
import type { County } from '../../src/domain/criteria/counties-schema';
import { ruleOfRevision } from '../../src/domain/rules/rule-revision';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { allScored, loadInstrument } from './load-instrument';

const latest = loadInstrument();
const jonkoping = latest.counties.find((county) => county.code === '06') as County;

const round = (id: string, revision: number, scores: RoundScores): HistoryRound => ({
  round: { id, name: id, period: id, criteria: latest.criteria.id, ruleRevision: revision },
  instrument: ruleOfRevision(latest, revision),
  scores,
});

const rounds = [
  round('2016', 1, { assessments: { '06': allScored(latest, 1, { '4.1': 2, '4.2': 0 }) } }),
  round('2021', 2, { assessments: {} }),
  round('2026', 2, {
    assessments: { '06': allScored(latest, 1, { '1.1': 2, '1.2': 0, '4.1': 2, '4.2': 0 }) },
    groupLevels: { '06': { '2': { level: 2, reason: 'Samverkan är etablerad' } } },
  }),
];
const history = countyHistory(rounds, jonkoping);

test('a county\'s history has an entry per round, earliest first, with its place in each area or none', () => {
  expect(history.entries.map((entry) => entry.round.id)).toEqual(['2016', '2021', '2026']);
  expect(history.entries[1]?.places.every((area) => area.place === null)).toBe(true);
  expect(history.entries[0]?.scored).toBe(latest.statementIds.length);
  expect(history.entries[1]?.scored).toBe(0);
});

test('a level the group set is marked in the round it was set', () => {
  const areaTwo = history.entries[2]?.places.find((area) => area.areaId === '2');
  expect(areaTwo?.place).toMatchObject({ level: 2, byGroup: true });
  expect(history.entries[0]?.places.find((area) => area.areaId === '2')?.place?.byGroup).toBe(false);
});

test('from a round to one without scores nothing is comparable and no statement counts as changed', () => {
  const step = history.steps[0];
  expect(step?.areas.every((area) => area.direction === null)).toBe(true);
  expect(step?.statements).toEqual([]);
  expect(step?.uncompared).toBe(latest.statementIds.length);
});

test('the steps pair each round with the next, not with the first', () => {
  expect(history.steps.map((step) => [step.from.id, step.to.id])).toEqual([
    ['2016', '2021'],
    ['2021', '2026'],
  ]);
});

test('a county\'s history over two rounds lists the statements whose agreed score changed, and marks the area whose rule changed', () => {
  const twoRounds = countyHistory([rounds[0] as HistoryRound, rounds[2] as HistoryRound], jonkoping);
  const step = twoRounds.steps[0];
  expect(step?.statements).toEqual([
    { statementId: '1.1', from: 1, to: 2, delta: 1 },
    { statementId: '1.2', from: 1, to: 0, delta: -1 },
  ]);
  expect(step?.uncompared).toBe(0);
  const areaFour = step?.areas.find((area) => area.areaId === '4');
  // Revision 1 puts 4.1 at 2 alone at the middle level; revision 2 also asks for 4.2.
  expect(areaFour).toMatchObject({ ruleDiffers: true, direction: null, from: { level: 1 }, to: { level: 0 } });
  expect(step?.areas.find((area) => area.areaId === '2')).toMatchObject({ ruleDiffers: false, direction: 'higher', to: { byGroup: true } });
});
