import { seededRandom } from '../../scripts/seeded-random.mjs';
import type { County } from '../../src/domain/criteria/counties-schema';
import { buildInstrument, type Instrument } from '../../src/domain/criteria/instrument';
import type { Score } from '../../src/domain/score';
import type { Assessment, RoundScores } from '../../src/domain/workspace/assessment';
import { loadCounties, loadCriteria } from '../unit/load-instrument';

export type BenchData = {
  instrument: Instrument;
  workspace: RoundScores;
  /** The assessments in the instrument's county order, for loops that rate one county at a time. */
  assessments: Assessment[];
  statementIds: string[];
};

function scoredWorkspace(instrument: Instrument, seed: number): BenchData {
  const random = seededRandom(seed);
  const statementIds = instrument.statements.map((statement) => statement.id);
  const assessments = instrument.counties.map((): Assessment => {
    const scores: Record<string, Score> = {};
    for (const id of statementIds) scores[id] = Math.floor(random() * 3) as Score;
    return { scores, notes: {} };
  });
  const byCode: Record<string, Assessment> = {};
  instrument.counties.forEach((county, i) => {
    const assessment = assessments[i];
    if (assessment) byCode[county.code] = assessment;
  });
  return { instrument, workspace: { assessments: byCode }, assessments, statementIds };
}

/** The shipped instrument with all 21 counties fully scored at random. */
export function realCounties(seed = 21): BenchData {
  return scoredWorkspace(buildInstrument(loadCriteria(), loadCounties()), seed);
}

/**
 * The shipped criteria with `count` made-up "counties", each fully scored at random: a stand-in
 * for a larger survey (290 municipalities × 10 rounds × 3 raters = 8,700 assessments) that the
 * domain functions see exactly as they see the 21 counties.
 */
export function syntheticAssessments(count: number, seed = 8700): BenchData {
  const counties: County[] = Array.from({ length: count }, (_, i) => {
    const code = String(i + 1).padStart(4, '0');
    return { code, name: `Bedömning ${code}` };
  });
  return scoredWorkspace(buildInstrument(loadCriteria(), counties), seed);
}

/**
 * The floor no rating can beat: reads each statement's score of each assessment once, looked up
 * the way the rating looks it up (workspace by county code, then score by statement id), and sums.
 */
export function readEveryScore({ instrument, workspace, statementIds }: BenchData): number {
  let sum = 0;
  for (const county of instrument.counties) {
    const scores = workspace.assessments[county.code]?.scores;
    if (!scores) continue;
    for (const id of statementIds) sum += scores[id] ?? 0;
  }
  return sum;
}
