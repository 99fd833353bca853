import { firstRound } from '../../src/domain/rounds/round';
import type { Score } from '../../src/domain/score';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { AGREED, applyChange, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_ROUND, roundRecordOf, workspaceWithRound, type Sheet, type Workspace } from '../../src/domain/workspace/workspace';
import { loadCriteria } from './load-instrument';

/** The round tests score in: this year's, rated with the current rule, as a fresh workspace opens with. */
export const TEST_ROUND = firstRound('bilaga1-2016', new Date(), loadCriteria().revision);

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

/** The agreed scores and notes of a round (the test round unless named), by county. */
export const agreedOf = (workspace: Pick<Workspace, 'data'>, round = TEST_ROUND.id): Sheet => roundRecordOf(workspace, round).agreed;

/** An agreed score of the test round, as a change. */
export const agreedScore = (county: string, statement: string, value: Score | null): Extract<Change, { field: 'score' }> => ({ field: 'score', ...agreedCell(county, statement), value });

/** An agreed note of the test round, as a change. */
export const agreedNote = (county: string, statement: string, value: string): Extract<Change, { field: 'note' }> => ({ field: 'note', ...agreedCell(county, statement), value });

/** The round's scores with one score set (null removes it), through the same edit the app makes. */
export function withScore(scores: RoundScores, county: string, statement: string, value: Score | null): RoundScores {
  return edited(scores, agreedScore(county, statement, value));
}

/** The round's scores with one note set (blank removes it), through the same edit the app makes. */
export function withNote(scores: RoundScores, county: string, statement: string, value: string): RoundScores {
  return edited(scores, agreedNote(county, statement, value));
}

function edited(scores: RoundScores, change: Change): RoundScores {
  const workspace: Workspace = { rounds: {}, raters: {}, data: { [TEST_ROUND.id]: { ...EMPTY_ROUND, agreed: scores.assessments } } };
  return { ...scores, assessments: agreedOf(applyChange(workspace, change)) };
}
