import type { Round } from '../rounds/round';
import { applyChanges, type Change } from './changes';
import { EMPTY_WORKSPACE, roundRecordOf, type Workspace } from './workspace';

/**
 * What one rater hands in ("Mina bedömningar"): the rater's own scores, notes and done marks of
 * one round, with that round's and that rater's details, and nothing else: no agreed scores, no
 * other rater's, no reasons or group levels. Written as an ordinary workspace file, it is merged
 * by whoever brings the team's scores together, and since it holds no value of anyone else it
 * cannot overwrite another rater's scores or the agreed ones.
 *
 * `round` is the whole round, so its details go along even when the workspace has not stored
 * them yet (a fresh workspace's first round). `rater` is a rater's id, never the agreed hand.
 */
export function ownAssessments(workspace: Workspace, round: Round, rater: string): Workspace {
  const { id, ...details } = round;
  const record = roundRecordOf(workspace, id);
  const raterDetails = workspace.raters[rater];
  const changes: Change[] = [{ field: 'round', round: id, value: workspace.rounds[id] ?? details }];
  if (raterDetails) changes.push({ field: 'rater', rater, value: raterDetails });
  for (const [county, entry] of Object.entries(record.raters[rater] ?? {})) {
    for (const [statement, value] of Object.entries(entry.scores)) changes.push({ field: 'score', round: id, rater, county, statement, value });
    for (const [statement, value] of Object.entries(entry.notes)) changes.push({ field: 'note', round: id, rater, county, statement, value });
  }
  for (const county of Object.keys(record.done[rater] ?? {})) changes.push({ field: 'done', round: id, rater, county, value: true });
  return applyChanges(EMPTY_WORKSPACE, changes);
}
