import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Condition, Criteria } from '../../src/domain/criteria/criteria-schema';
import { buildInstrument, type Instrument, type InstrumentArea } from '../../src/domain/criteria/instrument';
import { parseCriteria } from '../../src/domain/criteria/parse-criteria';
import { distributeAll, distributeArea, type AreaDistribution } from '../../src/domain/rating/distribution';
import { conditionHolds, metCount, scoreRow } from '../../src/domain/rating/evaluate-rule';
import { rateArea } from '../../src/domain/rating/rate-area';
import type { Score } from '../../src/domain/score';
import { assessmentOf, type Assessment, type RoundScores } from '../../src/domain/workspace/assessment';
import { loadCounties, loadCriteria, loadInstrument, unwrap } from './load-instrument';

const counties = loadCounties();
// Never changed: each generated criteria file is a copy with its own areas.
const shipped = loadCriteria();
const shippedIds = loadInstrument().statements.map((statement) => statement.id);
const scoreArb = fc.constantFrom<Score>(0, 1, 2);

/**
 * The shipped criteria with `extra` statements more (instruments of other sizes) and each area's
 * levels replaced: any statements of any area, any thresholds.
 */
function criteriaWith(extra: number, conditions: readonly (readonly [Condition[], Condition[]])[]): Criteria {
  const areas = shipped.areas.map((area, a) => {
    const added = Array.from({ length: extra }, (_, i) => i)
      .filter((i) => i % shipped.areas.length === a)
      .map((i) => ({ id: `x.${i + 1}`, text: { sv: `Tillagt påstående ${i + 1}` } }));
    const [first, ...rest] = area.groups;
    const groups = first ? [{ ...first, statements: [...first.statements, ...added] }, ...rest] : area.groups;
    const [strongest = [], middle = []] = conditions[a] ?? [];
    const [top, mid, fallback] = area.levels;
    const levels = top && mid && fallback ? [{ ...top, conditions: strongest }, { ...mid, conditions: middle }, fallback] : area.levels;
    return { ...area, groups, levels };
  });
  // Parsed as a criteria file, so every instrument tried is one the app could load.
  return unwrap(parseCriteria({ ...shipped, areas }), 'generated criteria');
}

function conditionArb(ids: readonly string[]): fc.Arbitrary<Condition> {
  return fc
    .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 10 })
    .chain((statements) =>
      fc.record({
        statements: fc.constant(statements),
        minScore: scoreArb,
        atLeast: fc.integer({ min: 1, max: statements.length }),
        basis: fc.constant({ kind: 'tolkning' as const, why: { sv: 'Slumpad regel' } }),
      }),
    );
}

/** Per county: no assessment, every statement scored, or some scored and some left unscored. */
function workspaceArb(ids: readonly string[]): fc.Arbitrary<RoundScores> {
  const assessmentArb = fc
    .oneof(
      fc.array(scoreArb, { minLength: ids.length, maxLength: ids.length }),
      fc.array(fc.option(scoreArb, { nil: undefined, freq: 8 }), { minLength: ids.length, maxLength: ids.length }),
    )
    .map((scores): Assessment => {
      const record: Record<string, Score> = {};
      scores.forEach((score, i) => {
        const id = ids[i];
        if (score !== undefined && id !== undefined) record[id] = score;
      });
      return { scores: record, notes: {} };
    });
  return fc
    .array(fc.option(assessmentArb, { nil: undefined, freq: 4 }), { minLength: counties.length, maxLength: counties.length })
    .map((assessments) => {
      const record: Record<string, Assessment> = {};
      counties.forEach((county, i) => {
        const assessment = assessments[i];
        if (assessment) record[county.code] = assessment;
      });
      return { assessments: record };
    });
}

// Half the time the shipped number of statements (32), else up to 40 more.
const extraArb = fc.oneof(fc.constant(0), fc.nat({ max: 40 }));

const scenarioArb: fc.Arbitrary<{ instrument: Instrument; workspace: RoundScores }> = extraArb.chain((extra) => {
  const areaCount = shipped.areas.length;
  const ids = [...shippedIds, ...Array.from({ length: extra }, (_, i) => `x.${i + 1}`)];
  const levelsArb = fc.tuple(fc.array(conditionArb(ids), { minLength: 1, maxLength: 3 }), fc.array(conditionArb(ids), { minLength: 1, maxLength: 3 }));
  return fc
    .tuple(fc.array(levelsArb, { minLength: areaCount, maxLength: areaCount }), workspaceArb(ids))
    .map(([conditions, workspace]) => ({ instrument: buildInstrument(criteriaWith(extra, conditions), counties), workspace }));
});

/**
 * The rule read straight off the criteria JSON, by statement id, without the engine: not rated
 * while any statement of the area or of its conditions is unscored, else the strongest level
 * whose conditions all hold (levels stand strongest first in the file; the last is level 0).
 */
function referenceLevel(area: Condition[][], ownIds: readonly string[], scores: Readonly<Record<string, Score>>): number | null {
  const reads = [...ownIds, ...area.flat().flatMap((condition) => condition.statements)];
  if (reads.some((id) => scores[id] === undefined)) return null;
  const index = area.findIndex((conditions) =>
    conditions.every((c) => c.statements.filter((id) => (scores[id] ?? -1) >= c.minScore).length >= c.atLeast),
  );
  return area.length - 1 - index;
}

/** The figure built the plain way: each county placed by the reference rule, in county order. */
function referenceDistribution(instrument: Instrument, area: InstrumentArea, workspace: RoundScores): AreaDistribution {
  const conditions = area.area.levels.map((level) => level.conditions);
  const placed = instrument.counties.map((county) => ({
    county,
    level: referenceLevel(conditions, area.statementIds, assessmentOf(workspace, county.code).scores),
  }));
  const notRated = placed.filter(({ level }) => level === null).map(({ county }) => county);
  const levels = area.levelsWeakestFirst.map((level) => {
    const counties = placed.filter((entry) => entry.level === level.level).map(({ county }) => county);
    return { level: level.level, label: level.label, counties, count: counties.length, byGroup: [] };
  });
  return {
    areaId: area.area.id,
    figure: area.area.figure,
    title: area.area.figureTitle,
    levels,
    notRated,
    ratedCount: instrument.counties.length - notRated.length,
    total: instrument.counties.length,
  };
}

test('under any valid rule, every figure holds exactly the counties that the rule read off the criteria puts there', () => {
  fc.assert(
    fc.property(scenarioArb, ({ instrument, workspace }) => {
      const expected = instrument.areas.map((area) => referenceDistribution(instrument, area, workspace));
      expect(distributeAll(instrument, workspace)).toStrictEqual(expected);
    }),
    { numRuns: 200 },
  );
});

test('under any valid rule, a figure drawn by itself is the same as the one drawn with all the others', () => {
  fc.assert(
    fc.property(scenarioArb, ({ instrument, workspace }) => {
      const all = distributeAll(instrument, workspace);
      instrument.areas.forEach((area, index) => {
        expect(distributeArea(instrument, area, workspace)).toStrictEqual(all[index]);
        expect(distributeArea(instrument, area, workspace)).toStrictEqual(referenceDistribution(instrument, area, workspace));
      });
    }),
    { numRuns: 100 },
  );
});

test('under any valid rule, a county’s rating has the reference level, and its strongest check that held is that level', () => {
  fc.assert(
    fc.property(scenarioArb, ({ instrument, workspace }) => {
      for (const area of instrument.areas) {
        const conditions = area.area.levels.map((level) => level.conditions);
        for (const county of instrument.counties) {
          const assessment = assessmentOf(workspace, county.code);
          const rating = rateArea(instrument, area, assessment);
          const expected = referenceLevel(conditions, area.statementIds, assessment.scores);
          expect(rating.status === 'rated' ? rating.level : null).toBe(expected);
          if (rating.status === 'rated') expect(rating.checks.find((check) => check.held)?.level).toBe(rating.level);
        }
      }
    }),
    { numRuns: 100 },
  );
});

test('under any valid rule, a condition that stops counting early holds exactly when its full count reaches the threshold', () => {
  fc.assert(
    fc.property(scenarioArb, ({ instrument, workspace }) => {
      const conditions = instrument.areas.flatMap((area) => area.levelsStrongestFirst.flatMap((level) => level.conditions));
      for (const county of instrument.counties) {
        const row = scoreRow(instrument, assessmentOf(workspace, county.code).scores);
        for (const condition of conditions) expect(conditionHolds(condition, row)).toBe(metCount(condition, row) >= condition.atLeast);
      }
    }),
    { numRuns: 200 },
  );
});
