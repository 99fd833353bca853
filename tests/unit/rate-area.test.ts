import { describe, expect, test } from 'vitest';
import { describeOutcome } from '../../src/domain/rating/describe-condition';
import { rateArea, rateCounty, summarizeRating, type AreaRating } from '../../src/domain/rating/rate-area';
import type { Score } from '../../src/domain/score';
import { EMPTY_ASSESSMENT, type Assessment } from '../../src/domain/workspace/assessment';
import {
  allScored,
  allScoredExcept,
  areaById,
  idRange,
  loadInstrument,
  scoresFrom,
  type ScoreSpec,
} from './load-instrument';

const instrument = loadInstrument();

function rate(areaId: string, assessment: Assessment): AreaRating {
  return rateArea(instrument, areaById(instrument, areaId), assessment);
}

function levelOf(areaId: string, assessment: Assessment): number {
  const rating = rate(areaId, assessment);
  if (rating.status !== 'rated') throw new Error(`area ${areaId} not rated: missing ${rating.missing.join(', ')}`);
  return rating.level;
}

/** The reason text of the condition at `index` of `level`, as the rating shows it. */
function conditionText(areaId: string, assessment: Assessment, level: number, index: number): string | undefined {
  const rating = rate(areaId, assessment);
  if (rating.status !== 'rated') throw new Error('expected a rated area');
  const outcome = rating.checks.find((check) => check.level === level)?.conditions[index];
  return outcome && describeOutcome(outcome, instrument);
}

const twos = (ids: readonly string[]): ScoreSpec => Object.fromEntries(ids.map((id) => [id, 2 as Score]));
const ones = (ids: readonly string[]): ScoreSpec => Object.fromEntries(ids.map((id) => [id, 1 as Score]));

/* [situation, area, score of every statement, overrides, expected level] */
test.each<[string, string, Score, ScoreSpec, number]>([
  ['everything at 2', '1', 2, {}, 2],
  ['1.5, 1.6, two forums at 2 and exactly 4 sectors ≥ 1', '1', 0, { ...twos(['1.5', '1.6', '1.1', '1.2']), ...ones(idRange('2.', 1, 4)) }, 2],
  ['the level-2 structure but only 3 of 2.1–2.6 ≥ 1', '1', 0, { ...twos(['1.5', '1.6', '1.1', '1.2']), ...ones(idRange('2.', 1, 3)) }, 1],
  ['everything at 2 but 1.6 at 1', '1', 2, { '1.6': 1 }, 1],
  ['everything at 2 but only one forum at 2', '1', 2, { '1.2': 1, '1.3': 1 }, 1],
  ['one forum at 2 and 1.4 at 1', '1', 0, { '1.1': 2, '1.4': 1 }, 1],
  ['everything at 2 but 1.7 and 1.8 at 0', '1', 2, { '1.7': 0, '1.8': 0 }, 2],
  ['all forums at 1 and every mandate at 2', '1', 1, twos(['1.4', '1.5', '1.6']), 0],
  ['every forum at 2 but no mandate', '1', 2, { '1.4': 0, '1.5': 0, '1.6': 0 }, 0],
  ['everything at 0', '1', 0, {}, 0],
  ['every sector at 2', '2', 2, {}, 2],
  ['exactly 5 of 6 sectors at 2', '2', 2, { '2.6': 0 }, 2],
  ['4 of 6 sectors at 2', '2', 2, { '2.5': 0, '2.6': 1 }, 1],
  ['a single sector at 1', '2', 0, { '2.3': 1 }, 1],
  ['no sector at all', '2', 0, {}, 0],
  ['everything at 2', '3', 2, {}, 2],
  ['all at 2 but 3.3 at 1', '3', 2, { '3.3': 1 }, 1],
  ['3.1 and 3.2 at 1 and 3.3 at 0', '3', 0, { '3.1': 1, '3.2': 1 }, 1],
  ['3.1 at 2 but 3.2 at 0', '3', 2, { '3.2': 0 }, 0],
  ['everything at 0', '3', 0, {}, 0],
  ['4.1 and 4.2 at 2', '4', 2, {}, 2],
  ['4.1 at 2 and 4.2 at 1', '4', 2, { '4.2': 1 }, 1],
  ['4.1 at 1 and 4.2 at 0', '4', 0, { '4.1': 1 }, 0],
  ['4.1 at 1 and 4.2 at 1', '4', 1, {}, 1],
  ['4.1 at 2 and 4.2 at 0', '4', 0, { '4.1': 2 }, 0],
  ['4.1 at 0 and 4.2 at 2', '4', 2, { '4.1': 0 }, 0],
  ['every competence at 2', '5', 2, {}, 2],
  ['every competence at 2 but one at 1', '5', 2, { '5.8': 1 }, 1],
  ['half the competences at 2 and the rest missing', '5', 0, twos(idRange('5.', 1, 4)), 1],
  ['every competence at 1', '5', 1, {}, 1],
  ['no competence', '5', 0, {}, 0],
  ['6.1–6.4 at 2 and 6.5 at 0', '6', 2, { '6.5': 0 }, 2],
  ['6.1–6.4 at 2 and 6.5 at 1', '6', 2, { '6.5': 1 }, 2],
  ['all at 2 but 6.4 at 1', '6', 2, { '6.4': 1 }, 1],
  ['6.1 and 6.3 at 1', '6', 0, { '6.1': 1, '6.3': 1 }, 1],
  ['goals alone (6.1 at 2)', '6', 0, { '6.1': 2, '6.5': 2 }, 0],
  ['indicators and follow-up but no goals', '6', 2, { '6.1': 0 }, 0],
])('a county with %s in area %s is at level %i', (_situation, areaId, value, overrides, expected) => {
  const assessment = allScored(instrument, value, overrides);
  const rating = rate(areaId, assessment);
  expect(rating.status).toBe('rated');
  expect(levelOf(areaId, assessment)).toBe(expected);
  const label = areaById(instrument, areaId).levelsWeakestFirst[expected]?.label;
  expect(rating.status === 'rated' ? rating.label : undefined).toBe(label);
});

describe('the report’s facts', () => {
  test('a county with some but not all competences is "Bitvis välutvecklad kapacitet och kompetens" in area 5', () => {
    const rating = rate('5', allScored(instrument, 2, { '5.2': 0, '5.4': 1, '5.7': 0 }));
    expect(rating).toMatchObject({ status: 'rated', level: 1, label: { sv: 'Bitvis välutvecklad kapacitet och kompetens' } });
  });

  test('a county with goals only, no indicators, is "Otillräcklig kvalitetssäkring" in area 6', () => {
    const rating = rate('6', allScored(instrument, 0, { '6.1': 2 }));
    expect(rating).toMatchObject({ status: 'rated', level: 0, label: { sv: 'Otillräcklig kvalitetssäkring' } });
  });
});

describe('unscored statements', () => {
  test('an area with an unscored statement is not rated', () => {
    expect(rate('3', allScoredExcept(instrument, 2, {}, ['3.3', '3.2']))).toEqual({
      status: 'not-rated',
      areaId: '3',
      missing: ['3.2', '3.3'],
    });
  });

  test('missing statements are listed in instrument order', () => {
    const rating = rate('1', allScoredExcept(instrument, 1, {}, ['2.3', '1.8', '1.2', '2.1']));
    expect(rating).toEqual({ status: 'not-rated', areaId: '1', missing: ['1.2', '1.8', '2.1', '2.3'] });
  });

  test('area 1 fully scored is not rated while the sectors 2.1–2.6 it reads are unscored', () => {
    const assessment = scoresFrom(twos(idRange('1.', 1, 8)));
    expect(rate('1', assessment)).toEqual({ status: 'not-rated', areaId: '1', missing: idRange('2.', 1, 6) });
  });

  test('area 2 is rated without any of area 1’s statements', () => {
    const assessment = scoresFrom(twos(idRange('2.', 1, 6)));
    expect(levelOf('2', assessment)).toBe(2);
  });

  test('6.5 must be scored for area 6 to be rated even though no condition reads it', () => {
    expect(rate('6', allScoredExcept(instrument, 2, {}, ['6.5']))).toEqual({
      status: 'not-rated',
      areaId: '6',
      missing: ['6.5'],
    });
  });

  test('an empty assessment leaves every area not rated, missing everything each area reads', () => {
    const ratings = rateCounty(instrument, EMPTY_ASSESSMENT);
    expect(ratings.map((rating) => rating.areaId)).toEqual(['1', '2', '3', '4', '5', '6']);
    ratings.forEach((rating, index) => {
      expect(rating).toEqual({ status: 'not-rated', areaId: rating.areaId, missing: instrument.areas[index]?.readIds });
    });
  });
});

describe('reasons', () => {
  test('the level-2 mandate condition of area 1 reads "1.5 och 1.6 är båda 2: uppfyllt" when both are 2', () => {
    expect(conditionText('1', allScored(instrument, 2), 2, 0)).toBe('1.5 och 1.6 är båda 2: uppfyllt');
  });

  test('the sector condition of area 1 reads "minst 4 av 2.1–2.6 ≥ 1: 3 av 6, ej uppfyllt" with three sectors', () => {
    const assessment = allScored(instrument, 2, { '2.4': 0, '2.5': 0, '2.6': 0 });
    expect(conditionText('1', assessment, 2, 2)).toBe('minst 4 av 2.1–2.6 ≥ 1: 3 av 6, ej uppfyllt');
  });

  test.each<[string, ScoreSpec, number, number, string]>([
    ['1', { '1.2': 0, '1.3': 1 }, 1, 0, 'minst 1 av 1.1–1.3 = 2: 1 av 3, uppfyllt'],
    ['1', { '1.5': 1 }, 2, 0, '1.5 och 1.6 är båda 2: 1 av 2, ej uppfyllt'],
    ['3', {}, 1, 0, '3.1 ≥ 1: uppfyllt'],
    ['3', {}, 2, 0, 'alla av 3.1–3.3 är 2: uppfyllt'],
    ['4', { '4.1': 1 }, 2, 0, '4.1 = 2: ej uppfyllt'],
    ['5', { '5.3': 1 }, 2, 0, 'alla av 5.1–5.8 är 2: 7 av 8, ej uppfyllt'],
    ['6', { '6.2': 0, '6.3': 0 }, 1, 1, 'minst 1 av 6.2–6.4 ≥ 1: 1 av 3, uppfyllt'],
  ])('area %s with %j explains level %i condition %i as "%s"', (areaId, overrides, level, index, text) => {
    expect(conditionText(areaId, allScored(instrument, 2, overrides), level, index)).toBe(text);
  });

  test('a rated area’s checks list every level strongest first', () => {
    const rating = rate('4', allScored(instrument, 1));
    expect(rating.status === 'rated' ? rating.checks.map((check) => [check.level, check.held]) : []).toEqual([
      [2, false],
      [1, true],
      [0, true],
    ]);
  });

  test('the summary of a rated area gives, level by level, the conditions that held and those of the next level that failed', () => {
    const rating = rate('1', allScored(instrument, 2, { '2.4': 0, '2.5': 0, '2.6': 0 }));
    expect(summarizeRating(rating, instrument)).toBe(
      'Bitvis välutvecklad struktur – minst 1 av 1.1–1.3 = 2: 3 av 3, uppfyllt; minst 1 av 1.4–1.6 ≥ 1: 3 av 3, uppfyllt. ' +
        'Inte välutvecklad struktur – minst 4 av 2.1–2.6 ≥ 1: 3 av 6, ej uppfyllt.',
    );
    expect(summarizeRating(rating, instrument, 'en')).toBe(
      'Partly well-developed structure – at least 1 of 1.1–1.3 = 2: 3 of 3, met; at least 1 of 1.4–1.6 ≥ 1: 3 of 3, met. ' +
        'Not well-developed structure – at least 4 of 2.1–2.6 ≥ 1: 3 of 6, not met.',
    );
  });

  test('the summary of an area at the weakest level gives the failed conditions of the level above', () => {
    expect(summarizeRating(rate('4', allScored(instrument, 0, { '4.2': 2 })), instrument)).toBe(
      'Outvecklade samarbeten och överblick – den svagaste nivån. Inte bitvis välutvecklade samarbeten och överblick – 4.1 ≥ 1: ej uppfyllt.',
    );
  });

  test('the summary of an area at the strongest level gives the conditions that held', () => {
    expect(summarizeRating(rate('2', allScored(instrument, 2, { '2.6': 1 })), instrument)).toBe(
      'Aktör finns inom alla områden – minst 5 av 2.1–2.6 = 2: 5 av 6, uppfyllt.',
    );
  });

  test('the summary of a not-rated area names the unscored statements', () => {
    expect(summarizeRating(rate('3', allScoredExcept(instrument, 2, {}, ['3.2', '3.3'])), instrument)).toBe(
      'Ej bedömd: 2 påståenden saknar poäng (3.2, 3.3)',
    );
  });

  test('the summary of an area missing one statement uses the singular', () => {
    expect(summarizeRating(rate('6', allScoredExcept(instrument, 2, {}, ['6.5'])), instrument)).toBe(
      'Ej bedömd: 1 påstående saknar poäng (6.5)',
    );
  });

  test('an area whose own statements are scored says that its rule also uses another area’s unscored statements', () => {
    const assessment = scoresFrom(twos(idRange('1.', 1, 8)));
    expect(summarizeRating(rate('1', assessment), instrument)).toBe('Ej bedömd: regeln använder också 2.1–2.6 från område 2, som saknar poäng');
    expect(summarizeRating(rate('1', assessment), instrument, 'en')).toBe('Not rated: its rule also uses 2.1–2.6 from area 2, which have no score');
  });

  test('an area missing statements of its own and of another area names both', () => {
    const assessment = allScoredExcept(instrument, 2, {}, ['1.8', '2.3']);
    expect(summarizeRating(rate('1', assessment), instrument)).toBe(
      'Ej bedömd: 1 påstående saknar poäng (1.8); regeln använder också 2.3 från område 2, som saknar poäng',
    );
  });
});
