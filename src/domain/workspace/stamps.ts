import { applyChange, changeKey, type Change } from './changes';
import type { Workspace } from './workspace';

/**
 * When and where a value was last changed. Two tabs may change the same statement; the change
 * with the later stamp wins everywhere, in both tabs and in storage, whatever order they arrive in.
 */
export type Stamp = { at: number; tab: string };
export type StampedChange = { change: Change; stamp: Stamp };
export type Stamps = Readonly<Record<string, Stamp>>;

/** Whether stamp `a` is later than `b` (always, when there is no `b`): the order every tab and replica agrees on. */
export function isLater(a: Stamp, b: Stamp | undefined): boolean {
  if (!b) return true;
  return a.at !== b.at ? a.at > b.at : a.tab > b.tab;
}

/** Applies each change that is later than what the workspace already holds for its value. */
export function mergeStamped(
  workspace: Workspace,
  stamps: Stamps,
  incoming: readonly StampedChange[],
): { workspace: Workspace; stamps: Stamps; applied: Change[] } {
  let next = workspace;
  const nextStamps: Record<string, Stamp> = { ...stamps };
  const applied: Change[] = [];
  for (const { change, stamp } of incoming) {
    const key = changeKey(change);
    if (!isLater(stamp, nextStamps[key])) continue;
    nextStamps[key] = stamp;
    next = applyChange(next, change);
    applied.push(change);
  }
  return { workspace: next, stamps: nextStamps, applied };
}

/**
 * When a round's values last changed: the latest stamp of any value in it, a cleared one included
 * (a deletion changes the data too). Null when no value carries a stamp: nothing has been entered,
 * or the data was stored without its stamps, so its date is not known.
 */
export function lastChangedAt(stamps: Stamps, round: string): number | null {
  let latest: number | null = null;
  const prefix = `${round}/`;
  for (const [key, stamp] of Object.entries(stamps)) {
    if (key.startsWith(prefix) && (latest === null || stamp.at > latest)) latest = stamp.at;
  }
  return latest;
}
