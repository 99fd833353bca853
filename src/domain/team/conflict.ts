import type { Change } from '../workspace/changes';
import { isLater } from '../workspace/stamps';
import type { ValueDoc } from './value-doc';

/** One revision of a value that two people changed apart: what it says, who wrote it, when. */
type ConflictSide = { rev: string; change: Change; at: number; tab: string; by: string };

/**
 * A value document with more than one current revision: CouchDB keeps them all and lets every
 * replica pick the same one, but the app shows each side until a person keeps one.
 */
export type Conflict = { id: string; sides: ConflictSide[] };

/**
 * The sides of a value's revisions, latest edit first: the first is the one the workspace shows
 * (the later stamp wins everywhere, as between tabs). Null when there is only one side.
 */
export function conflictOf(id: string, revisions: readonly ValueDoc[]): Conflict | null {
  const sides = revisions
    .filter((doc): doc is ValueDoc & { _rev: string } => doc._rev !== undefined)
    .map((doc) => ({ rev: doc._rev, change: doc.change, at: doc.at, tab: doc.tab, by: doc.by }));
  if (sides.length < 2) return null;
  sides.sort((a, b) => (isLater({ at: a.at, tab: a.tab }, { at: b.at, tab: b.tab }) ? -1 : 1));
  return { id, sides };
}
