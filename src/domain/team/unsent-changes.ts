import { changesOf } from '../workspace/change-lists';
import { changeKey, valueBefore, type Change } from '../workspace/changes';
import { isLater, type Stamp, type StampedChange, type Stamps } from '../workspace/stamps';
import type { Workspace } from '../workspace/workspace';

/**
 * The values of the local copy that the team database does not hold yet: a value whose stamp is
 * later than every revision the database has of it, or that it has no document for. This is what
 * an edit left behind when the browser closed before it reached the database; it is sent now.
 * A value someone else wrote (its stamp is one of the database's revisions) is never sent again
 * under this person's name, and neither is a change this person may not make.
 */
export function unsentChanges(
  workspace: Workspace,
  stamps: Stamps,
  held: ReadonlyMap<string, { change: Change; stamps: readonly Stamp[] }>,
  mayWrite: (change: Change) => boolean,
): StampedChange[] {
  const unsent: StampedChange[] = [];
  const consider = (change: Change) => {
    const key = changeKey(change);
    const stamp = stamps[key];
    if (!stamp || !mayWrite(change)) return;
    const revisions = held.get(key)?.stamps ?? [];
    if (revisions.every((revision) => isLater(stamp, revision))) unsent.push({ change, stamp });
  };
  const present = changesOf(workspace);
  const listed = new Set(present.map(changeKey));
  for (const change of present) consider(change);
  // A value cleared here: the workspace no longer lists it, but the database still has it.
  for (const [key, { change }] of held) if (!listed.has(key)) consider(valueBefore(workspace, change));
  return unsent;
}
