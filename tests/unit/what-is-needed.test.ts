import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildInstrument } from '../../src/domain/criteria/instrument';
import { conditionHolds, scoreRow } from '../../src/domain/rating/evaluate-rule';
import { rateArea } from '../../src/domain/rating/rate-area';
import { applyVariant, variantFromCriteria, withThreshold } from '../../src/domain/rules/rule-variant';
import { applySuggestedRaises, whatIsNeeded } from '../../src/domain/rules/what-is-needed';
import type { Score } from '../../src/domain/score';
import type { Assessment } from '../../src/domain/workspace/assessment';
import { allScored, allScoredExcept, allStatementIds, areaById, idRange, loadInstrument, type ScoreSpec } from './load-instrument';

const instrument = loadInstrument();
const twos = (ids: readonly string[]): ScoreSpec => Object.fromEntries(ids.map((id) => [id, 2 as Score]));

/** The advice in short: "level→next: [condition] below=id:score,… raise=k", one string per unmet condition. */
function brief(areaId: string, assessment: Assessment): string[] {
  const needed = whatIsNeeded(instrument, areaById(instrument, areaId), assessment);
  if (needed.status === 'not-rated') return [`missing ${needed.missing.join(',')}`];
  if (needed.status === 'top') return [`top ${needed.level}`];
  return needed.unmet.map(
    ({ condition, below, raise }) =>
      `${needed.level}→${needed.next.level}: [${condition.statements.join(',')} ≥${condition.minScore} ×${condition.atLeast}] ` +
      `below=${below.map(({ id, score }) => `${id}:${score ?? '-'}`).join(',')} raise=${raise}`,
  );
}

/* [situation, area, every score, overrides, expected advice] */
test.each<[string, string, Score, ScoreSpec, string[]]>([
  ['everything at 2', '1', 2, {}, ['top 2']],
  ['everything at 0', '1', 0, {}, ['0→1: [1.1,1.2,1.3 ≥2 ×1] below=1.1:0,1.2:0,1.3:0 raise=1', '0→1: [1.4,1.5,1.6 ≥1 ×1] below=1.4:0,1.5:0,1.6:0 raise=1']],
  ['one forum at 2, 1.4 at 1, sectors at 0', '1', 0, { '1.1': 2, '1.4': 1 }, [
    '1→2: [1.5,1.6 ≥2 ×2] below=1.5:0,1.6:0 raise=2',
    '1→2: [1.1,1.2,1.3 ≥2 ×2] below=1.2:0,1.3:0 raise=1',
    '1→2: [2.1,2.2,2.3,2.4,2.5,2.6 ≥1 ×4] below=2.1:0,2.2:0,2.3:0,2.4:0,2.5:0,2.6:0 raise=4',
  ]],
  ['everything at 2 but 1.6 at 1', '1', 2, { '1.6': 1 }, ['1→2: [1.5,1.6 ≥2 ×2] below=1.6:1 raise=1']],
  ['4 of 6 sectors at 2', '2', 2, { '2.5': 0, '2.6': 1 }, ['1→2: [2.1,2.2,2.3,2.4,2.5,2.6 ≥2 ×5] below=2.5:0,2.6:1 raise=1']],
  ['no sector', '2', 0, {}, ['0→1: [2.1,2.2,2.3,2.4,2.5,2.6 ≥1 ×1] below=2.1:0,2.2:0,2.3:0,2.4:0,2.5:0,2.6:0 raise=1']],
  ['3.1 at 2, 3.2 at 0', '3', 2, { '3.2': 0 }, ['0→1: [3.2 ≥1 ×1] below=3.2:0 raise=1']],
  ['3.1–3.2 at 1, 3.3 at 0', '3', 1, { '3.3': 0 }, ['1→2: [3.1,3.2,3.3 ≥2 ×3] below=3.1:1,3.2:1,3.3:0 raise=3']],
  ['4.1 at 2 and 4.2 at 1', '4', 2, { '4.2': 1 }, ['1→2: [4.2 ≥2 ×1] below=4.2:1 raise=1']],
  ['4.1 at 1 and 4.2 at 0', '4', 0, { '4.1': 1 }, ['0→1: [4.2 ≥1 ×1] below=4.2:0 raise=1']],
  ['4.1 and 4.2 at 1', '4', 1, {}, ['1→2: [4.1 ≥2 ×1] below=4.1:1 raise=1', '1→2: [4.2 ≥2 ×1] below=4.2:1 raise=1']],
  ['six of 5.1–5.8 at 2', '5', 1, twos(idRange('5.', 1, 6)), ['1→2: [5.1,5.2,5.3,5.4,5.5,5.6,5.7,5.8 ≥2 ×8] below=5.7:1,5.8:1 raise=2']],
  ['every competence at 2', '5', 2, {}, ['top 2']],
  ['goals alone', '6', 0, { '6.1': 2 }, ['0→1: [6.2,6.3,6.4 ≥1 ×1] below=6.2:0,6.3:0,6.4:0 raise=1']],
  ['6.1–6.4 at 2 but 6.4 at 1', '6', 2, { '6.4': 1 }, ['1→2: [6.1,6.2,6.3,6.4 ≥2 ×4] below=6.4:1 raise=1']],
])('a county with %s in area %s needs %j', (_situation, areaId, value, overrides, expected) => {
  expect(brief(areaId, allScored(instrument, value, overrides))).toEqual(expected);
});

test.each<[string, string[], string[]]>([
  ['1', ['1.7', '2.3'], ['missing 1.7,2.3']],
  ['5', ['5.2'], ['missing 5.2']],
  ['6', ['6.5'], ['missing 6.5']],
])('area %s with %j unscored is not rated and names what is missing', (areaId, unscored, expected) => {
  expect(brief(areaId, allScoredExcept(instrument, 1, {}, unscored))).toEqual(expected);
});

const ids = allStatementIds(instrument);
const assessmentArb = fc
  .array(fc.constantFrom<Score>(0, 1, 2), { minLength: ids.length, maxLength: ids.length })
  .map((scores): Assessment => ({ scores: Object.fromEntries(ids.map((id, i) => [id, scores[i] as Score])), notes: {} }));

test('the listed statements are exactly those below minScore, and raise is what is missing', () => {
  fc.assert(
    fc.property(assessmentArb, (assessment) => {
      for (const area of instrument.areas) {
        const needed = whatIsNeeded(instrument, area, assessment);
        if (needed.status !== 'below-top') continue;
        expect(needed.unmet.length).toBeGreaterThan(0);
        for (const { condition, met, below, raise } of needed.unmet) {
          const expected = condition.statements.filter((id) => (assessment.scores[id] ?? -1) < condition.minScore);
          expect(below.map((statement) => statement.id)).toEqual(expected);
          expect(below.every(({ id, score }) => score === assessment.scores[id])).toBe(true);
          expect(met + below.length).toBe(condition.statements.length);
          expect(raise).toBe(condition.atLeast - met);
          expect(raise).toBeGreaterThan(0);
          expect(raise).toBeLessThanOrEqual(below.length);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('raising the first listed statements of every unmet condition reaches at least the next level', () => {
  fc.assert(
    fc.property(assessmentArb, (assessment) => {
      for (const area of instrument.areas) {
        const needed = whatIsNeeded(instrument, area, assessment);
        if (needed.status === 'top') {
          expect(needed.level).toBe(area.levelsStrongestFirst[0]?.level);
          continue;
        }
        if (needed.status !== 'below-top') continue;
        const raised = applySuggestedRaises(needed, assessment);
        const after = rateArea(instrument, area, raised);
        expect(after.status === 'rated' && after.level).toBeGreaterThanOrEqual(needed.next.level);
        for (const id of ids) expect(raised.scores[id] ?? 0).toBeGreaterThanOrEqual(assessment.scores[id] ?? 0);
      }
    }),
    { numRuns: 300 },
  );
});

test('raising one statement fewer than asked in a condition leaves that condition unmet', () => {
  fc.assert(
    fc.property(assessmentArb, (assessment) => {
      for (const area of instrument.areas) {
        const needed = whatIsNeeded(instrument, area, assessment);
        if (needed.status !== 'below-top') continue;
        for (const { condition, below, raise } of needed.unmet) {
          const scores: Record<string, Score> = { ...assessment.scores };
          for (const { id } of below.slice(0, raise - 1)) scores[id] = condition.minScore;
          expect(conditionHolds(condition, scoreRow(instrument, scores))).toBe(false);
        }
      }
    }),
    { numRuns: 100 },
  );
});

test('the advice also reaches the next level under any variant of the thresholds', () => {
  const criteria = instrument.criteria;
  const places = criteria.areas.flatMap((area, a) =>
    area.levels.flatMap((level, l) => level.conditions.map((condition, c) => ({ a, l, c, n: condition.statements.length }))),
  );
  const variantArb = fc.tuple(
    ...places.map(({ n }) => fc.record({ minScore: fc.constantFrom<Score>(0, 1, 2), atLeast: fc.integer({ min: 1, max: n }) })),
  );
  fc.assert(
    fc.property(variantArb, assessmentArb, (thresholds, assessment) => {
      const variant = thresholds.reduce((current, threshold, i) => {
        const { a, l, c } = places[i]!;
        return withThreshold(current, a, l, c, threshold);
      }, variantFromCriteria(criteria, 'Prov'));
      const applied = applyVariant(criteria, variant);
      if (!applied.ok) throw new Error('variant refused');
      const variantInstrument = buildInstrument(applied.value, instrument.counties);
      for (const area of variantInstrument.areas) {
        const needed = whatIsNeeded(variantInstrument, area, assessment);
        if (needed.status !== 'below-top') continue;
        const after = rateArea(variantInstrument, area, applySuggestedRaises(needed, assessment));
        expect(after.status === 'rated' && after.level).toBeGreaterThanOrEqual(needed.next.level);
      }
    }),
    { numRuns: 200 },
  );
});
