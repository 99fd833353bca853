import PouchDB from 'pouchdb-browser';
import { conflictOf, type Conflict } from '../../domain/team/conflict';
import { mayWrite } from '../../domain/team/team-role';
import { unsentChanges } from '../../domain/team/unsent-changes';
import { readValueDoc, stampedOf, supersededDocId, toValueDoc, valueDocId, type ValueDoc } from '../../domain/team/value-doc';
import { changeKey, type Change } from '../../domain/workspace/changes';
import { isLater, type Stamp, type StampedChange } from '../../domain/workspace/stamps';
import type { Saver } from '../persistence';
import type { WorkspaceStore } from '../workspace-store';
import { currentSession, serverUrl } from './couch-session';
import type { TeamConfig } from './team-config';
import { createTeamStatusStore, type TeamStatusStore } from './team-status-store';

/**
 * Documents per replication request. PouchDB's default (100) takes 27 rounds of requests for a
 * round of four score sets (2,688 values); 500 brings it into a fresh browser in fewer, measured
 * by `npm run measure:browser-sync` (docs/performance.md).
 */
const BATCH_SIZE = 500;

type Doc = { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] } & Record<string, unknown>;

/**
 * The browser's side of a team server: a PouchDB database in this browser that replicates both
 * ways with the team's CouchDB database, live, retrying while the network is away.
 * - Every local edit is saved first as before (journal, then IndexedDB: the workspace store's
 *   promises hold unchanged), then written to the PouchDB database, from where it replicates.
 * - Every value that arrives from the server is applied like another tab's edit (the later stamp
 *   wins) and saved in the local copy.
 * - A value with conflicting revisions is shown as a conflict until someone keeps one side.
 */
export type TeamLink = {
  config: TeamConfig;
  status: TeamStatusStore;
  /** Keeps one side of a conflict; the others stay readable as `superseded` documents. */
  resolve: (conflict: Conflict, keepRev: string) => Promise<void>;
  /** Every side kept aside by resolving a conflict, latest first. */
  superseded: () => Promise<unknown[]>;
  /** Starts replication again, after signing in anew. */
  restart: () => void;
  /** Writes local edits to the team database (the app's `onLocalChanges` calls this). */
  send: (changes: readonly StampedChange[]) => void;
  close: () => Promise<void>;
};

export function localDatabaseName(config: TeamConfig): string {
  return `lansinventering-team-${encodeURIComponent(`${config.server}/${config.db}`)}`;
}

export function connectTeam(config: TeamConfig, store: WorkspaceStore, saver: Saver): TeamLink {
  const status = createTeamStatusStore();
  const local = new PouchDB(localDatabaseName(config), { auto_compaction: false });
  // What the server last answered: PouchDB's replication may pause without an error after
  // requests failed, so the status reads the answers themselves.
  let lastProblem: 'offline' | 'signed-out' | null = null;
  const remote = new PouchDB(serverUrl(config.server, encodeURIComponent(config.db)), {
    skip_setup: true,
    fetch: async (url, init) => {
      try {
        const response = await PouchDB.fetch(url, { ...init, credentials: 'include' });
        if (response.status === 401) lastProblem = 'signed-out';
        else if (response.status < 500) lastProblem = null;
        return response;
      } catch (error) {
        lastProblem = 'offline';
        throw error;
      }
    },
  });
  const allowed = (change: Change) => mayWrite(config.role, config.user, change);
  const conflicts = new Map<string, Conflict>();
  const publishConflicts = () => status.setState({ conflicts: [...conflicts.values()].sort((a, b) => a.id.localeCompare(b.id)) });

  /** Applies the revisions of values read from the database that are later than what is shown. */
  const take = (revisions: readonly ValueDoc[]) => {
    const stamps = store.getState().stamps;
    const newer = revisions.map(stampedOf).filter(({ change, stamp }) => isLater(stamp, stamps[changeKey(change)]));
    if (newer.length === 0) return;
    store.getState().applyRemote(newer);
    saver.enqueue(newer);
  };

  /** Every current revision of a document: the winner and any conflicting ones. */
  const revisionsOf = async (doc: Doc): Promise<ValueDoc[]> => {
    const others = await Promise.all((doc._conflicts ?? []).map((rev) => local.get(doc._id, { rev }).catch(() => null)));
    return [doc, ...others].map(readValueDoc).filter((value): value is ValueDoc => value !== null);
  };

  const noteConflict = (id: string, revisions: readonly ValueDoc[]) => {
    const conflict = conflictOf(id, revisions);
    if (conflict) conflicts.set(id, conflict);
    else conflicts.delete(id);
  };

  // Writes go one batch at a time, so a batch reads the revisions the previous one made.
  let writing: Promise<void> = Promise.resolve();
  const write = (docs: readonly ValueDoc[]) => {
    if (docs.length === 0) return;
    writing = writing.then(() => upsert(docs)).catch(() => status.setState({ sync: 'offline' }));
  };
  const upsert = async (docs: readonly ValueDoc[], attempt = 0): Promise<void> => {
    const current = await local.allDocs({ keys: docs.map((doc) => doc._id) });
    const revs = new Map(current.rows.map((row) => [row.key, row.value?.rev]));
    const results = await local.bulkDocs(docs.map((doc) => ({ ...doc, _rev: revs.get(doc._id) }) as Doc));
    // A replicated revision may land between reading and writing: write those again on top of it.
    const clashedIds = new Set(results.filter((result) => result.status === 409).map((result) => result.id));
    const clashed = docs.filter((doc) => clashedIds.has(doc._id));
    if (clashed.length > 0 && attempt < 5) await upsert(clashed, attempt + 1);
  };

  const send = (changes: readonly StampedChange[]) => {
    const latest = new Map(changes.filter(({ change }) => allowed(change)).map((stamped) => [valueDocId(stamped.change), stamped]));
    write([...latest.values()].map((stamped) => toValueDoc(stamped, config.user)));
  };

  // What the local database holds when the app starts: applied here, and what the local copy has
  // that never reached it (the browser closed first) is sent now.
  const loaded = (async () => {
    const { rows } = await local.allDocs({ include_docs: true, conflicts: true });
    const held = new Map<string, { change: Change; stamps: Stamp[] }>();
    const everyRevision: ValueDoc[] = [];
    for (const row of rows) {
      if (!row.doc || !row.id?.startsWith('v:')) continue;
      const revisions = await revisionsOf(row.doc);
      const first = revisions[0];
      if (!first) continue;
      everyRevision.push(...revisions);
      noteConflict(row.id, revisions);
      held.set(changeKey(first.change), { change: first.change, stamps: revisions.map((doc) => ({ at: doc.at, tab: doc.tab })) });
    }
    take(everyRevision);
    publishConflicts();
    const state = store.getState();
    send(unsentChanges(state, state.stamps, held, allowed));
  })();

  // Replication writes documents a batch at a time and the feed reports each: they are applied
  // together, in one update of the store and one save, not one by one.
  const arrived = new Map<string, { doc?: Doc; deleted?: boolean }>();
  let draining = false;
  const drain = async () => {
    if (draining) return;
    draining = true;
    try {
      while (arrived.size > 0) {
        // One turn of the event loop, so that the rest of a replicated batch joins this one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const batch = [...arrived.entries()];
        arrived.clear();
        const revisions: ValueDoc[] = [];
        for (const [id, change] of batch) {
          // A deleted revision (a resolved conflict) leaves the document's other revisions current.
          const doc = change.deleted ? await local.get(id, { conflicts: true }).catch(() => null) : (change.doc ?? null);
          if (!doc) continue;
          const current = await revisionsOf(doc);
          noteConflict(id, current);
          revisions.push(...current);
        }
        publishConflicts();
        take(revisions);
      }
    } finally {
      draining = false;
    }
  };
  const feed = local.changes({ since: 'now', live: true, include_docs: true, conflicts: true });
  feed.on('change', ((change: { id: string; doc?: Doc; deleted?: boolean }) => {
    if (!change.id.startsWith('v:')) return;
    arrived.set(change.id, change);
    void drain();
  }) as never);

  // Once the team's raters are here (after a first exchange, so two laptops of one person do not
  // both make the entry), an interviewer or coordinator who is not among them joins them.
  const joinRaters = () => {
    if (config.role === 'lasare' || store.getState().raters[config.user]) return;
    store.getState().applyStep({ kind: 'rater-saved', name: config.user }, [{ field: 'rater', rater: config.user, value: { name: config.user } }]);
  };

  let sync: ReturnType<PouchDB['sync']> | null = null;
  const startSync = () => {
    sync?.cancel();
    status.setState({ sync: 'syncing' });
    sync = local
      .sync(remote, { live: true, retry: true, batch_size: BATCH_SIZE })
      .on('active', () => status.setState({ sync: 'syncing' }))
      .on('paused', ((error?: { status?: number }) => {
        const sync = syncStateAfter(error, lastProblem);
        status.setState({ sync });
        if (sync === 'synced') joinRaters();
      }) as never)
      .on('denied', (() => status.setState((state) => ({ denied: state.denied + 1 }))) as never)
      .on('error', ((error?: { status?: number }) => status.setState({ sync: syncStateAfter(error ?? {}, lastProblem) })) as never);
  };
  // A session that ended while the app was closed: edits are kept here until the person signs in.
  void loaded.then(async () => {
    const session = await currentSession(config.server);
    if (session.kind === 'signed-out' || session.kind === 'not-in-team') status.setState({ sync: 'signed-out' });
    else startSync();
  });

  if (typeof window !== 'undefined') {
    window.addEventListener('offline', () => status.setState({ sync: 'offline' }));
    // Retrying replication backs off while offline; coming back online starts it at once.
    window.addEventListener('online', () => startSync());
  }

  const resolve = async (conflict: Conflict, keepRev: string) => {
    const kept = conflict.sides.find((side) => side.rev === keepRev);
    if (!kept) return;
    const others = conflict.sides.filter((side) => side.rev !== keepRev);
    const now = Date.now();
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
        resolvedBy: config.user,
        resolvedAt: now,
      })),
    );
    await local.bulkDocs(others.map((side) => ({ _id: conflict.id, _rev: side.rev, _deleted: true })));
    // A fresh stamp: every replica shows the kept side, whichever side it showed before.
    store.getState().applyChosen({ kind: 'conflict', count: 1 }, [kept.change]);
  };

  const superseded = async () => {
    const { rows } = await local.allDocs({ include_docs: true, startkey: 's:', endkey: 's:\uffff' });
    return rows.flatMap((row) => (row.doc ? [row.doc] : [])).sort((a, b) => Number(b.resolvedAt) - Number(a.resolvedAt));
  };

  return {
    config,
    status,
    resolve,
    superseded,
    restart: startSync,
    send,
    close: async () => {
      sync?.cancel();
      feed.cancel();
      await writing;
      await local.close();
    },
  };
}

/**
 * The state after replication pauses. PouchDB may pause without an error while the browser is
 * offline or the session has ended, so the browser's own word counts first, then the server's
 * last answer.
 */
function syncStateAfter(error: { status?: number } | undefined, lastProblem: 'offline' | 'signed-out' | null): 'synced' | 'offline' | 'signed-out' {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (error) return error.status === 401 ? 'signed-out' : 'offline';
  return lastProblem ?? 'synced';
}
