import type PouchDB from 'pouchdb-browser';
import type { Conflict } from '../../domain/team/conflict';
import { supersededDocId } from '../../domain/team/value-doc';
import type { Change } from '../../domain/workspace/changes';

/**
 * Keeps one side of a conflict: every other side becomes a `superseded` document (what it said,
 * who wrote it and when, who set it aside and when), then its revision is deleted, so the kept
 * one is the document's only current revision. Returns the kept side's change, or null when the
 * conflict has no side of that revision.
 */
export async function setAsideAllBut(local: PouchDB, conflict: Conflict, keepRev: string, user: string, now = Date.now()): Promise<Change | null> {
  const kept = conflict.sides.find((side) => side.rev === keepRev);
  if (!kept) return null;
  const others = conflict.sides.filter((side) => side.rev !== keepRev);
  await local.bulkDocs(
    others.map((side) => ({
      _id: supersededDocId(conflict.id, side.rev),
      type: 'superseded',
      version: 1,
      value: conflict.id,
      rev: side.rev,
      change: side.change,
      at: side.at,
      tab: side.tab,
      by: side.by,
      resolvedBy: user,
      resolvedAt: now,
    })),
  );
  await local.bulkDocs(others.map((side) => ({ _id: conflict.id, _rev: side.rev, _deleted: true })));
  return kept.change;
}

/** Every side set aside so far, latest first. */
export async function readSetAside(local: PouchDB): Promise<unknown[]> {
  const { rows } = await local.allDocs({ include_docs: true, startkey: 's:', endkey: 's:\uffff' });
  return rows.flatMap((row) => (row.doc ? [row.doc] : [])).sort((a, b) => Number(b.resolvedAt) - Number(a.resolvedAt));
}
