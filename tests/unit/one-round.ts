import { firstRound } from '../../src/domain/rounds/round';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { workspaceWithRound, type Workspace } from '../../src/domain/workspace/workspace';

/** The round tests score in: this year's, as a fresh workspace opens with. */
export const TEST_ROUND = firstRound('bilaga1-2016', new Date());

/** A workspace of one round whose agreed scores, notes and group levels are `scores`. */
export function oneRound(scores: RoundScores, round = TEST_ROUND): Workspace {
  const changes: Change[] = [];
  for (const [county, entry] of Object.entries(scores.assessments)) {
    for (const [statement, value] of Object.entries(entry.scores)) changes.push({ field: 'score', round: round.id, rater: AGREED, county, statement, value });
    for (const [statement, value] of Object.entries(entry.notes)) changes.push({ field: 'note', round: round.id, rater: AGREED, county, statement, value });
  }
  for (const [county, byArea] of Object.entries(scores.groupLevels ?? {})) {
    for (const [area, value] of Object.entries(byArea)) changes.push({ field: 'level', round: round.id, county, area, value });
  }
  return applyChanges(workspaceWithRound(round), changes);
}

/** Where an agreed score or note of the test round is. */
export const agreedCell = (county: string, statement: string, round = TEST_ROUND.id) => ({ round, rater: AGREED, county, statement });
