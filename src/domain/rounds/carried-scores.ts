import type { Score } from '../score';
import { AGREED, type Change } from '../workspace/changes';
import type { Workspace } from '../workspace/workspace';
import { compareRounds, type Round } from './round';

/**
 * Scores carried over from an earlier round (`Round.startsFrom`): the earlier round's agreed
 * score, suggested where the new round's agreed sheet has none for that county and statement.
 * A suggestion is never a score: figures read only the round's own agreed scores, so it counts
 * once someone confirms or changes it by writing the agreed score. Only the earlier round's own
 * agreed scores are carried, never its suggestions, so a chain of rounds adds nothing unseen.
 */
type Rounds = Pick<Workspace, 'rounds' | 'data'>;

/** Per county and statement: the score suggested from the earlier round. */
export type CarriedScores = Readonly<Record<string, Readonly<Record<string, Score>>>>;

/**
 * The round whose agreed scores `roundId` starts from: only a round the workspace has that comes
 * earlier by period. A reference to the round itself or to a later one gives none, so there are
 * no cycles, and a reference to a deleted round gives none.
 */
export function sourceRoundOf(workspace: Pick<Workspace, 'rounds'>, roundId: string): Round | undefined {
  const details = workspace.rounds[roundId];
  const sourceId = details?.startsFrom;
  const source = sourceId === undefined ? undefined : workspace.rounds[sourceId];
  if (details === undefined || sourceId === undefined || source === undefined) return undefined;
  return compareRounds({ id: sourceId, ...source }, { id: roundId, ...details }) < 0 ? { id: sourceId, ...source } : undefined;
}

/** The score suggested for one county and statement of the round, when there is one. */
export function carriedScore(workspace: Rounds, roundId: string, county: string, statement: string): Score | undefined {
  if (workspace.data[roundId]?.agreed[county]?.scores[statement] !== undefined) return undefined;
  const source = sourceRoundOf(workspace, roundId);
  return source === undefined ? undefined : workspace.data[source.id]?.agreed[county]?.scores[statement];
}

/** Every suggestion of the round, by county and statement; a county without one is absent. */
export function carriedScores(workspace: Rounds, roundId: string): CarriedScores {
  const source = sourceRoundOf(workspace, roundId);
  if (source === undefined) return {};
  const own = workspace.data[roundId]?.agreed ?? {};
  const carried: Record<string, Record<string, Score>> = {};
  for (const [county, entry] of Object.entries(workspace.data[source.id]?.agreed ?? {})) {
    for (const [statement, value] of Object.entries(entry.scores)) {
      if (own[county]?.scores[statement] !== undefined) continue;
      (carried[county] ??= {})[statement] = value;
    }
  }
  return carried;
}

/** The statements among `statementIds` with a suggestion for the county, in their order, with the value suggested. */
export function carriedIn(workspace: Rounds, roundId: string, county: string, statementIds: readonly string[]): { statement: string; value: Score }[] {
  const found: { statement: string; value: Score }[] = [];
  for (const statement of statementIds) {
    const value = carriedScore(workspace, roundId, county, statement);
    if (value !== undefined) found.push({ statement, value });
  }
  return found;
}

/** How many of `statementIds` have an unconfirmed suggestion in the county (an area's, or all 32). */
export function countCarried(workspace: Rounds, roundId: string, county: string, statementIds: readonly string[]): number {
  return carriedIn(workspace, roundId, county, statementIds).length;
}

/** The counties with at least one unconfirmed suggestion among `statementIds`. */
export function countiesWithCarried(workspace: Rounds, roundId: string, statementIds: readonly string[]): string[] {
  const carried = carriedScores(workspace, roundId);
  return Object.keys(carried).filter((county) => statementIds.some((statement) => carried[county]?.[statement] !== undefined));
}

/** The edits that confirm the county's suggestions among `statementIds`: each writes the suggested value as the round's agreed score. */
export function confirmingChanges(workspace: Rounds, roundId: string, county: string, statementIds: readonly string[]): Change[] {
  return carriedIn(workspace, roundId, county, statementIds).map(({ statement, value }) => ({
    field: 'score',
    round: roundId,
    rater: AGREED,
    county,
    statement,
    value,
  }));
}
