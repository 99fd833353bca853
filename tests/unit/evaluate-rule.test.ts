import { describe, expect, test } from 'vitest';
import type { Criteria } from '../../src/domain/criteria/criteria-schema';
import { buildInstrument } from '../../src/domain/criteria/instrument';
import { describeCondition } from '../../src/domain/rating/describe-condition';
import { isRated, levelOf, metCount, scoreRow } from '../../src/domain/rating/evaluate-rule';
import { rateArea } from '../../src/domain/rating/rate-area';
import type { Assessment } from '../../src/domain/workspace/workspace';
import { areaById, loadCriteria } from './load-instrument';

/**
 * An instrument on a five-step scale (0–4), which the shipped criteria format does not offer:
 * the engine must take its scale and thresholds from the instrument and assume nothing else.
 */
function fiveStepInstrument() {
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
        levels: [
          { label: { sv: 'Stark' }, conditions: [{ statements: ['a.1', 'a.2', 'a.3', 'a.4'], minScore: 4, atLeast: 3 }] },
          { label: { sv: 'Mellan' }, conditions: [{ statements: ['a.1', 'a.2', 'a.3', 'a.4'], minScore: 3, atLeast: 2 }] },
          { label: { sv: 'Svag' }, conditions: [] },
        ],
      },
    ],
  } as unknown as Criteria;
  return buildInstrument(criteria, []);
}

const five = fiveStepInstrument();
const areaA = areaById(five, 'A');
const rowOf = (scores: Record<string, number>) => scoreRow(five, scores);

describe('a rule on a scale other than 0–2', () => {
  test.each<[string, Record<string, number>, string | null]>([
    ['three statements at the top of the scale', { 'a.1': 4, 'a.2': 4, 'a.3': 4, 'a.4': 0 }, 'Stark'],
    ['two at the top and two at 3', { 'a.1': 4, 'a.2': 4, 'a.3': 3, 'a.4': 3 }, 'Mellan'],
    ['two at 3 and two at 2', { 'a.1': 3, 'a.2': 3, 'a.3': 2, 'a.4': 2 }, 'Mellan'],
    ['one at 4 and the rest at 2', { 'a.1': 4, 'a.2': 2, 'a.3': 2, 'a.4': 2 }, 'Svag'],
    ['every statement at 2, the old top', { 'a.1': 2, 'a.2': 2, 'a.3': 2, 'a.4': 2 }, 'Svag'],
    ['one statement unscored', { 'a.1': 4, 'a.2': 4, 'a.3': 4 }, null],
  ])('an area with %s is at level %s', (_situation, scores, expected) => {
    expect(levelOf(areaA, rowOf(scores))?.label.sv ?? null).toBe(expected);
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

test('a condition counts the statements at or above its minimum score, unscored ones never', () => {
  const condition = areaA.levelsStrongestFirst[1]?.conditions[0] ?? fail();
  expect(metCount(condition, rowOf({ 'a.1': 3, 'a.2': 4, 'a.3': 2 }))).toBe(2);
  expect(metCount(condition, rowOf({}))).toBe(0);
});

function fail(): never {
  throw new Error('the five-step instrument lost a condition');
}
