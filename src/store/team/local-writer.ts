import type PouchDB from 'pouchdb-browser';
import type { Doc } from 'pouchdb-browser';
import type { ValueDoc } from '../../domain/team/value-doc';

/** Tries to write documents on top of a revision replication brought in between, this many times. */
const ATTEMPTS = 5;

/**
 * Writes value documents into the browser's PouchDB database, each on top of its current
 * revision. Batches go one at a time, so a batch reads the revisions the previous one made.
 */
export function createLocalWriter(local: PouchDB, onFailure: (error: unknown) => void): { write: (docs: readonly ValueDoc[]) => void; settled: () => Promise<void> } {
  let writing: Promise<void> = Promise.resolve();
  const upsert = async (docs: readonly ValueDoc[], attempt = 1): Promise<void> => {
    const current = await local.allDocs({ keys: docs.map((doc) => doc._id) });
    const revs = new Map(current.rows.map((row) => [row.key, row.value?.rev]));
    const results = await local.bulkDocs(docs.map((doc) => ({ ...doc, _rev: revs.get(doc._id) }) as Doc));
    // A replicated revision may land between reading and writing: those are written again on top of it.
    const clashedIds = new Set(results.filter((result) => result.status === 409).map((result) => result.id));
    const clashed = docs.filter((doc) => clashedIds.has(doc._id));
    if (clashed.length > 0 && attempt < ATTEMPTS) await upsert(clashed, attempt + 1);
  };
  return {
    write: (docs) => {
      if (docs.length === 0) return;
      writing = writing.then(() => upsert(docs)).catch(onFailure);
    },
    settled: () => writing,
  };
}
