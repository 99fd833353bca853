import type { Workspace } from '../../src/domain/workspace/workspace';
import type { BenchRound } from './large-workspace';

/*
 * The floors of a round's aggregation: what reading the scores it aggregates costs, with nothing
 * else done. "Reading once" means: each score the view counts is fetched once, by the same path of
 * lookups the app takes to it (the round's record by id in the workspace, the sheet, the county's
 * assessment by code, the score by statement id), and added to a sum so that the engine cannot
 * drop the read. Nothing is allocated, sorted or compared. The figures and the agreement table
 * cannot read less: every one of these scores changes what they show. Group levels, rater names
 * and the rule are not scores and are left out of the floor; reading them is the app's work.
 */

/** Figur 1–6 of a round read its agreed scores: each of 21 counties × 32 statements once. */
export function readAgreedScores(workspace: Workspace, round: BenchRound): number {
  const sheet = workspace.data[round.id]?.agreed ?? {};
  const { counties, statementIds } = round.instrument;
  let sum = 0;
  for (const county of counties) {
    const scores = sheet[county.code]?.scores;
    if (!scores) continue;
    for (const id of statementIds) sum += scores[id] ?? 0;
  }
  return sum;
}

/** The agreement table of a round reads each rater's own scores: 3 raters × 21 × 32, each once. */
export function readRaterScores(workspace: Workspace, round: BenchRound): number {
  const sheets = workspace.data[round.id]?.raters ?? {};
  const { counties, statementIds } = round.instrument;
  let sum = 0;
  for (const rater of Object.keys(workspace.raters)) {
    const sheet = sheets[rater] ?? {};
    for (const county of counties) {
      const scores = sheet[county.code]?.scores;
      if (!scores) continue;
      for (const id of statementIds) sum += scores[id] ?? 0;
    }
  }
  return sum;
}
