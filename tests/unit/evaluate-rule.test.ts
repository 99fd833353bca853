import { describe, expect, test } from 'vitest';
import type { Criteria } from '../../src/domain/criteria/criteria-schema';
import { buildInstrument } from '../../src/domain/criteria/instrument';
import { describeCondition } from '../../src/domain/rating/describe-condition';
import { conditionHolds, isRated, levelOf, metCount, scoreRow } from '../../src/domain/rating/evaluate-rule';
import { rateArea } from '../../src/domain/rating/rate-area';
import type { Assessment } from '../../src/domain/workspace/assessment';
import { areaById, loadCriteria, loadInstrument } from './load-instrument';

/** A level of the five-step instrument; its thresholds reach above the 0–2 of the criteria format. */
type FiveStepLevel = { label: { sv: string }; conditions: { statements: string[]; minScore: number; atLeast: number }[] };
const ALL = ['a.1', 'a.2', 'a.3', 'a.4'];
const FIVE_STEP_LEVELS: readonly [FiveStepLevel, FiveStepLevel, FiveStepLevel] = [
  { label: { sv: 'Stark' }, conditions: [{ statements: ALL, minScore: 4, atLeast: 3 }] },
  { label: { sv: 'Mellan' }, conditions: [{ statements: ALL, minScore: 3, atLeast: 2 }] },
  { label: { sv: 'Svag' }, conditions: [] },
];

/**
 * An instrument on a five-step scale (0–4), which the shipped criteria format does not offer:
 * the engine must take its scale and thresholds from the instrument and assume nothing else.
 */
function fiveStepInstrument(levels: readonly FiveStepLevel[] = FIVE_STEP_LEVELS) {
  const shipped = loadCriteria();
  const statements = ['a.1', 'a.2', 'a.3', 'a.4'].map((id) => ({ id, text: { sv: `Påstående ${id}` } }));
  const template = shipped.areas[0];
  if (!template) throw new Error('the shipped criteria have no area');
  const criteria = {
    ...shipped,
    scale: [0, 1, 2, 3, 4].map((value) => ({ value, label: { sv: `Steg ${value}` } })),
    areas: [
      {
        ...template,
        id: 'A',
        groups: [{ heading: { sv: 'Rubrik' }, statements }],
        levels,
      },
    ],
  } as unknown as Criteria;
  return buildInstrument(criteria, []);
}

const five = fiveStepInstrument();
const areaA = areaById(five, 'A');
const rowOf = (scores: Record<string, number>) => scoreRow(five, scores);

describe('a rule on a scale other than 0–2', () => {
  test.each<[string, string, Record<string, number>]>([
    ['three statements at the top of the scale', 'Stark', { 'a.1': 4, 'a.2': 4, 'a.3': 4, 'a.4': 0 }],
    ['two at the top and two at 3', 'Mellan', { 'a.1': 4, 'a.2': 4, 'a.3': 3, 'a.4': 3 }],
    ['two at 3 and two at 2', 'Mellan', { 'a.1': 3, 'a.2': 3, 'a.3': 2, 'a.4': 2 }],
    ['one at 4 and the rest at 2', 'Svag', { 'a.1': 4, 'a.2': 2, 'a.3': 2, 'a.4': 2 }],
    ['every statement at 2, the old top', 'Svag', { 'a.1': 2, 'a.2': 2, 'a.3': 2, 'a.4': 2 }],
    ['one statement unscored', 'none: not rated', { 'a.1': 4, 'a.2': 4, 'a.3': 4 }],
  ])('an area with %s is at level %s', (_situation, expected, scores) => {
    expect(levelOf(areaA, rowOf(scores))?.label.sv ?? 'none: not rated').toBe(expected);
  });

  test('the top of the instrument’s scale is written with "=", any other threshold with "≥"', () => {
    const [strong, middle] = areaA.levelsStrongestFirst;
    expect(five.maxScore).toBe(4);
    expect(describeCondition(strong?.conditions[0] ?? fail(), five)).toBe('minst 3 av a.1–a.4 = 4');
    expect(describeCondition(middle?.conditions[0] ?? fail(), five)).toBe('minst 2 av a.1–a.4 ≥ 3');
  });

  test('the county page’s rating and its checks count the same statements as the engine', () => {
    const scores = { 'a.1': 4, 'a.2': 3, 'a.3': 1, 'a.4': 0 };
    // Assessment's type holds the shipped 0–2 scores; the engine reads any number.
    const rating = rateArea(five, areaA, { scores, notes: {} } as unknown as Assessment);
    expect(rating).toMatchObject({ status: 'rated', level: 1, label: { sv: 'Mellan' } });
    if (rating.status !== 'rated') return;
    expect(rating.checks.map((check) => check.conditions.map((c) => c.met))).toEqual([[1], [2], []]);
  });
});

describe('the score row', () => {
  test('holds each score at its statement’s position, and NaN for an unscored statement', () => {
    expect([...rowOf({ 'a.3': 2, 'a.1': 0 })]).toEqual([0, NaN, 2, NaN]);
  });

  test('a row passed back in is refilled, forgetting the scores of the county before', () => {
    const row = scoreRow(five, { 'a.1': 4, 'a.2': 4, 'a.3': 4, 'a.4': 4 });
    expect(scoreRow(five, { 'a.2': 1 }, row)).toBe(row);
    expect([...row]).toEqual([NaN, 1, NaN, NaN]);
  });

  test('a county without an assessment has an empty row, and no area of it is rated', () => {
    const row = scoreRow(five, undefined);
    expect([...row]).toEqual([NaN, NaN, NaN, NaN]);
    expect(isRated(areaA, row)).toBe(false);
  });
});

test.each<[string, boolean, Record<string, number>]>([
  ['two statements at 3 or more', true, { 'a.1': 3, 'a.2': 4, 'a.3': 0, 'a.4': 0 }],
  ['one at 3 and one unscored', false, { 'a.1': 3, 'a.3': 2, 'a.4': 2 }],
  ['none at 3', false, { 'a.1': 2, 'a.2': 2, 'a.3': 2, 'a.4': 2 }],
  ['every statement at the top', true, { 'a.1': 4, 'a.2': 4, 'a.3': 4, 'a.4': 4 }],
])('"at least 2 of a.1–a.4 ≥ 3" with %s holds: %s', (_situation, holds, scores) => {
  const condition = areaA.levelsStrongestFirst[1]?.conditions[0] ?? fail();
  expect(conditionHolds(condition, rowOf(scores))).toBe(holds);
});

test('a condition asking for more statements than it reads never holds', () => {
  const condition = { statements: ['a.1'], slots: [0], minScore: 0 as const, atLeast: 2 };
  expect(conditionHolds(condition, rowOf({ 'a.1': 4 }))).toBe(false);
});

test('an area whose weakest level has conditions is a fault of the instrument, not a level', () => {
  const noFallback = fiveStepInstrument([FIVE_STEP_LEVELS[0], FIVE_STEP_LEVELS[1], { label: { sv: 'Svag' }, conditions: [{ statements: ALL, minScore: 1, atLeast: 4 }] }]);
  expect(() => levelOf(areaById(noFallback, 'A'), scoreRow(noFallback, { 'a.1': 0, 'a.2': 0, 'a.3': 0, 'a.4': 0 }))).toThrow(/no fallback level/);
});

test('a rule that names a statement the criteria do not have is refused when the instrument is built', () => {
  expect(() => fiveStepInstrument([{ label: { sv: 'Stark' }, conditions: [{ statements: ['a.9'], minScore: 1, atLeast: 1 }] }, ...FIVE_STEP_LEVELS.slice(1)])).toThrow(
    /names statement 'a\.9'/,
  );
});

test('an area is rated on the row of an instrument whose statements stand where its positions say, and refused on another', () => {
  const again = fiveStepInstrument();
  const scores = { 'a.1': 4, 'a.2': 4, 'a.3': 4, 'a.4': 4 };
  expect(rateArea(five, areaById(again, 'A'), { scores, notes: {} } as unknown as Assessment)).toMatchObject({ level: 2 });
  const shipped = loadInstrument();
  expect(() => rateArea(five, areaById(shipped, '1'), { scores: {}, notes: {} })).toThrow(/statements stand elsewhere/);
});

test('a condition counts the statements at or above its minimum score, unscored ones never', () => {
  const condition = areaA.levelsStrongestFirst[1]?.conditions[0] ?? fail();
  expect(metCount(condition, rowOf({ 'a.1': 3, 'a.2': 4, 'a.3': 2 }))).toBe(2);
  expect(metCount(condition, rowOf({}))).toBe(0);
});

function fail(): never {
  throw new Error('the five-step instrument lost a condition');
}
