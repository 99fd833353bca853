import type { Score } from '../score';

/** One hand's scores of one county (a rater's own, or the group's agreed): a score and a note per statement. */
export type Assessment = {
  /** An unscored statement is absent. */
  scores: Readonly<Record<string, Score>>;
  /** An empty note is absent. */
  notes: Readonly<Record<string, string>>;
};

/**
 * The group's level of an area, set against the rule: `level` is the level's number in the
 * criteria (weakest 0), and the reason is required, so that a reader sees why.
 */
export type GroupLevel = { level: number; reason: string };

/**
 * What figures, comparisons and the report read for one round: each county's agreed scores and
 * notes, keyed by county code, and the levels the group set against the rule, by county and area.
 */
export type RoundScores = {
  assessments: Readonly<Record<string, Assessment>>;
  groupLevels?: Readonly<Record<string, Readonly<Record<string, GroupLevel>>>>;
};

export const EMPTY_ASSESSMENT: Assessment = { scores: {}, notes: {} };
export const EMPTY_ROUND_SCORES: RoundScores = { assessments: {} };

export function assessmentOf(workspace: RoundScores, county: string): Assessment {
  return workspace.assessments[county] ?? EMPTY_ASSESSMENT;
}

export function countScored(assessment: Assessment, statementIds: readonly string[]): number {
  return statementIds.reduce((n, id) => (assessment.scores[id] === undefined ? n : n + 1), 0);
}

/**
 * The first statement without a score after `afterId` in the instrument's order, going round to
 * the start; `afterId` itself comes last, so it is found when it is the only one left. Undefined
 * once every statement has a score.
 */
export function nextUnscored(assessment: Assessment, statementIds: readonly string[], afterId?: string): string | undefined {
  const start = afterId === undefined ? 0 : statementIds.indexOf(afterId) + 1;
  for (let offset = 0; offset < statementIds.length; offset += 1) {
    const id = statementIds[(start + offset) % statementIds.length];
    if (id !== undefined && assessment.scores[id] === undefined) return id;
  }
  return undefined;
}
