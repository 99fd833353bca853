import { expect, test } from 'vitest';
import { distributeAll, distributeArea, sameDistribution } from '../../src/domain/rating/distribution';
import { NOT_RATED_LABEL, rateArea, rateCounty, summarizeRating } from '../../src/domain/rating/rate-area';
import type { GroupLevel, RoundScores } from '../../src/domain/workspace/assessment';
import { allScored, allScoredExcept, areaById, loadInstrument, scoresFrom } from './load-instrument';

const instrument = loadInstrument();
const area4 = areaById(instrument, '4');
const REASON = 'Samarbetet med FoU-miljön är etablerat sedan 2019, vilket poängen inte fångar.';

/** Area 4 at the rule's middle level: 4.1 = 2 and 4.2 = 1. */
const middle = scoresFrom({ '4.1': 2, '4.2': 1 });
const group = (level: number): GroupLevel => ({ level, reason: REASON });

test('a group level gives the group’s level and keeps the rule’s level beside it', () => {
  const byRule = rateArea(instrument, area4, middle);
  const rating = rateArea(instrument, area4, middle, group(2));
  expect(rating).toMatchObject({
    status: 'rated',
    level: 2,
    label: { sv: 'Välutvecklade samarbeten och överblick' },
    group: { ruleLevel: 1, ruleLabel: { sv: 'Bitvis välutvecklade samarbeten och överblick' }, reason: REASON },
  });
  // Why the rule gives its level stays to read: every level's conditions as the rule checked them.
  expect(rating.status === 'rated' && byRule.status === 'rated' && rating.checks).toEqual(byRule.status === 'rated' && byRule.checks);
});

test('a group level below the rule’s is kept as well', () => {
  expect(rateArea(instrument, area4, middle, group(0))).toMatchObject({ level: 0, group: { ruleLevel: 1 } });
});

test('a group level equal to the rule’s level is no override', () => {
  const rating = rateArea(instrument, area4, middle, group(1));
  expect(rating).toEqual(rateArea(instrument, area4, middle));
  expect(rating).not.toHaveProperty('group');
});

test('a group level that names no level of the area is ignored', () => {
  expect(rateArea(instrument, area4, middle, group(7))).toEqual(rateArea(instrument, area4, middle));
});

test('a group level on an area the rule cannot rate, its scores incomplete, is ignored: the area is "Ej bedömd"', () => {
  const incomplete = scoresFrom({ '4.1': 2 });
  const rating = rateArea(instrument, area4, incomplete, group(2));
  expect(rating).toEqual({ status: 'not-rated', areaId: '4', missing: ['4.2'] });
  expect(summarizeRating(rating, instrument)).toMatch(new RegExp(`^${NOT_RATED_LABEL.sv}:`));
});

test('rating a county applies each area’s group level to that area only', () => {
  const ratings = rateCounty(instrument, allScored(instrument, 1), { '4': group(2), '6': group(1) });
  expect(ratings.map((rating) => (rating.status === 'rated' ? [rating.areaId, rating.level, rating.group?.ruleLevel ?? null] : null))).toEqual([
    ['1', 0, null],
    ['2', 1, null],
    ['3', 1, null],
    ['4', 2, 1],
    ['5', 1, null],
    ['6', 1, null],
  ]);
});

/** Jönköping and Kalmar at the middle level of area 4; the group put Jönköping at the strongest. */
const roundScores: RoundScores = {
  assessments: { '06': allScored(instrument, 1, { '4.1': 2 }), '08': allScored(instrument, 1, { '4.1': 2 }), '09': allScored(instrument, 2) },
  groupLevels: { '06': { '4': group(2) } },
};

test('a figure counts the group’s level, names the county placed by the group, and nowhere else', () => {
  const distributions = distributeAll(instrument, roundScores);
  const figure4 = distributions.find((distribution) => distribution.areaId === '4');
  expect(figure4?.levels.map((level) => [level.count, level.counties.map((county) => county.code), level.byGroup])).toEqual([
    [0, [], []],
    [1, ['08'], []],
    [2, ['06', '09'], ['06']],
  ]);
  for (const distribution of distributions.filter((d) => d.areaId !== '4')) {
    expect(distribution.levels.flatMap((level) => level.byGroup)).toEqual([]);
  }
  expect(distributeArea(instrument, area4, roundScores)).toEqual(figure4);
});

test('a figure leaves a county not rated whose scores are incomplete, whatever level the group set', () => {
  const incomplete: RoundScores = {
    assessments: { '06': allScoredExcept(instrument, 1, {}, ['4.2']) },
    groupLevels: { '06': { '4': group(2) } },
  };
  const figure4 = distributeArea(instrument, area4, incomplete);
  expect(figure4.notRated.map((county) => county.code)).toContain('06');
  expect(figure4.levels.flatMap((level) => level.byGroup)).toEqual([]);
});

test('a figure with the same counts but a county placed by the group is another figure', () => {
  const byRule: RoundScores = { assessments: { '06': allScored(instrument, 2), '08': allScored(instrument, 1, { '4.1': 2 }) } };
  const byGroup: RoundScores = {
    assessments: { '06': allScored(instrument, 1, { '4.1': 2 }), '08': allScored(instrument, 1, { '4.1': 2 }) },
    groupLevels: { '06': { '4': group(2) } },
  };
  const [a, b] = [distributeArea(instrument, area4, byRule), distributeArea(instrument, area4, byGroup)];
  expect(a.levels.map((level) => level.count)).toEqual(b.levels.map((level) => level.count));
  expect(sameDistribution(a, b)).toBe(false);
});

test('the summary of an area the group set starts with the group’s level and reason, then gives the rule’s', () => {
  const rating = rateArea(instrument, area4, middle, group(2));
  const byRule = summarizeRating(rateArea(instrument, area4, middle), instrument);
  expect(summarizeRating(rating, instrument)).toBe(
    `Gruppens nivå: Välutvecklade samarbeten och överblick (regeln ger bitvis välutvecklade samarbeten och överblick). Motivering: ${REASON} ${byRule}`,
  );
  expect(summarizeRating(rating, instrument, 'en')).toMatch(
    new RegExp(`^The group's level: Well-developed collaboration and overview \\(the rule gives partly well-developed collaboration and overview\\)\\. Reason: ${REASON} `),
  );
});

test.each([
  ['a reason written as a sentence keeps its own stop', 'Etablerat sedan 2019.', 'Motivering: Etablerat sedan 2019. Bitvis'],
  ['a reason with a question keeps its mark', 'Räcker två huvudmän?', 'Motivering: Räcker två huvudmän? Bitvis'],
  ['a reason without a stop is given one', 'etablerat sedan 2019', 'Motivering: etablerat sedan 2019. Bitvis'],
  ['spaces after a reason are not shown', 'Etablerat.  ', 'Motivering: Etablerat. Bitvis'],
])('in the summary, %s', (_, reason, expected) => {
  expect(summarizeRating(rateArea(instrument, area4, middle, { level: 2, reason }), instrument)).toContain(expected);
});
