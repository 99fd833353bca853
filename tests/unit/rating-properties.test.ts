import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Area } from '../../src/domain/criteria/criteria-schema';
import { distributeAll } from '../../src/domain/rating/distribution';
import { rateArea, rateCounty } from '../../src/domain/rating/rate-area';
import type { Score } from '../../src/domain/score';
import { assessmentOf, type Assessment, type RoundScores } from '../../src/domain/workspace/assessment';
import { allStatementIds, loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);
const codes = instrument.counties.map((county) => county.code);

const scoreArb = fc.constantFrom<Score>(0, 1, 2);

function toAssessment(scores: readonly (Score | undefined)[]): Assessment {
  const record: Record<string, Score> = {};
  scores.forEach((score, index) => {
    const id = ids[index];
    if (score !== undefined && id !== undefined) record[id] = score;
  });
  return { scores: record, notes: {} };
}

/** Every statement scored, or some scored and some left without a score. */
const assessmentArb: fc.Arbitrary<Assessment> = fc
  .oneof(
    fc.array(scoreArb, { minLength: ids.length, maxLength: ids.length }),
    fc.array(fc.option(scoreArb, { nil: undefined, freq: 4 }), { minLength: ids.length, maxLength: ids.length }),
  )
  .map(toAssessment);

/** Some counties assessed (fully or partly), the rest not at all. */
const workspaceArb: fc.Arbitrary<RoundScores> = fc
  .array(fc.option(assessmentArb, { nil: undefined }), { minLength: codes.length, maxLength: codes.length })
  .map((assessments) => {
    const record: Record<string, Assessment> = {};
    assessments.forEach((assessment, index) => {
      const code = codes[index];
      if (assessment && code !== undefined && Object.keys(assessment.scores).length > 0) record[code] = assessment;
    });
    return { assessments: record };
  });

/** The rule read straight off the criteria JSON: the strongest level whose conditions all hold. */
function referenceLevel(area: Area, scores: Readonly<Record<string, Score>>): number {
  const index = area.levels.findIndex((level) =>
    level.conditions.every(
      (condition) =>
        condition.statements.filter((id) => (scores[id] ?? -1) >= condition.minScore).length >= condition.atLeast,
    ),
  );
  return area.levels.length - 1 - index;
}

test('raising a single score never lowers the level of an area that is rated before and after', () => {
  fc.assert(
    fc.property(assessmentArb, fc.nat({ max: ids.length - 1 }), scoreArb, (assessment, index, target) => {
      const id = ids[index] ?? '';
      const old = assessment.scores[id];
      const raised: Score = old === undefined ? target : (Math.max(old, target) as Score);
      const after: Assessment = { ...assessment, scores: { ...assessment.scores, [id]: raised } };
      const before = rateCounty(instrument, assessment);
      rateCounty(instrument, after).forEach((rating, areaIndex) => {
        const previous = before[areaIndex];
        if (rating.status === 'rated' && previous?.status === 'rated') {
          expect(rating.level).toBeGreaterThanOrEqual(previous.level);
        }
      });
    }),
    { numRuns: 500 },
  );
});

test('raising an already scored statement never turns a rated area into a not-rated one', () => {
  fc.assert(
    fc.property(assessmentArb, fc.nat({ max: ids.length - 1 }), (assessment, index) => {
      const id = ids[index] ?? '';
      const old = assessment.scores[id];
      fc.pre(old !== undefined && old < 2);
      const after: Assessment = { ...assessment, scores: { ...assessment.scores, [id]: ((old ?? 0) + 1) as Score } };
      const before = rateCounty(instrument, assessment).map((rating) => rating.status);
      expect(rateCounty(instrument, after).map((rating) => rating.status)).toEqual(before);
    }),
  );
});

test('an area is rated exactly when every statement it reads is scored', () => {
  fc.assert(
    fc.property(assessmentArb, (assessment) => {
      for (const area of instrument.areas) {
        const rating = rateArea(instrument, area, assessment);
        const unscored = area.readIds.filter((id) => assessment.scores[id] === undefined);
        if (unscored.length === 0) expect(rating.status).toBe('rated');
        else expect(rating).toEqual({ status: 'not-rated', areaId: area.area.id, missing: unscored });
      }
    }),
  );
});

test('a rated area sits at the strongest level whose conditions in the criteria all hold', () => {
  fc.assert(
    fc.property(assessmentArb, (assessment) => {
      for (const area of instrument.areas) {
        const rating = rateArea(instrument, area, assessment);
        if (rating.status !== 'rated') continue;
        expect(rating.level).toBe(referenceLevel(area.area, assessment.scores));
        expect(rating.label).toBe(area.levelsWeakestFirst[rating.level]?.label);
      }
    }),
    { numRuns: 300 },
  );
});

test('each figure puts every county at the level its full rating gives, or among the not rated', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      for (const [index, distribution] of distributeAll(instrument, workspace).entries()) {
        const area = instrument.areas[index]!;
        for (const county of instrument.counties) {
          const rating = rateArea(instrument, area, assessmentOf(workspace, county.code));
          const placed = distribution.levels.find((level) => level.counties.includes(county));
          if (rating.status === 'rated') expect(placed?.level).toBe(rating.level);
          else expect(distribution.notRated).toContain(county);
        }
      }
    }),
    { numRuns: 100 },
  );
});

test('the level counts of every figure sum to the number of rated counties', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      for (const distribution of distributeAll(instrument, workspace)) {
        const sum = distribution.levels.reduce((total, level) => total + level.count, 0);
        expect(sum).toBe(distribution.ratedCount);
        distribution.levels.forEach((level) => expect(level.count).toBe(level.counties.length));
      }
    }),
    { numRuns: 100 },
  );
});

test('rated and not-rated counties together make the 21 counties', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      for (const distribution of distributeAll(instrument, workspace)) {
        expect(distribution.total).toBe(21);
        expect(distribution.ratedCount + distribution.notRated.length).toBe(21);
      }
    }),
    { numRuns: 100 },
  );
});

test('every county appears exactly once across the levels and the not-rated list', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      for (const distribution of distributeAll(instrument, workspace)) {
        const placed = [...distribution.levels.flatMap((level) => level.counties), ...distribution.notRated];
        expect(placed.map((county) => county.code).sort()).toEqual([...codes].sort());
      }
    }),
    { numRuns: 100 },
  );
});

test('the counties within a level, and the not-rated ones, stand in county-list order', () => {
  const inListOrder = (list: readonly { code: string }[]) => {
    const positions = list.map((county) => codes.indexOf(county.code));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  };
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      for (const distribution of distributeAll(instrument, workspace)) {
        distribution.levels.forEach((level) => inListOrder(level.counties));
        inListOrder(distribution.notRated);
      }
    }),
    { numRuns: 100 },
  );
});

test('each county is placed in the figure at the level its own rating gives', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      distributeAll(instrument, workspace).forEach((distribution, areaIndex) => {
        const area = instrument.areas[areaIndex];
        if (!area) throw new Error('more distributions than areas');
        for (const code of codes) {
          const rating = rateArea(instrument, area, assessmentOf(workspace, code));
          const column = distribution.levels.find((level) => level.counties.some((county) => county.code === code));
          expect(column?.level).toBe(rating.status === 'rated' ? rating.level : undefined);
        }
      });
    }),
    { numRuns: 50 },
  );
});
