import PouchDB, { type Doc } from 'pouchdb-browser';
import { conflictOf, type Conflict } from '../../domain/team/conflict';
import { mayWrite } from '../../domain/team/team-role';
import { unsentChanges } from '../../domain/team/unsent-changes';
import { readValueDoc, stampedOf, toValueDoc, valueDocId, type ValueDoc } from '../../domain/team/value-doc';
import { changeKey, type Change } from '../../domain/workspace/changes';
import { isLater, type Stamp, type StampedChange } from '../../domain/workspace/stamps';
import type { Saver } from '../persistence';
import type { WorkspaceStore } from '../workspace-store';
import { setAsideAllBut, readSetAside } from './conflict-sides';
import { openRemote } from './couch-remote';
import { currentSession } from './couch-session';
import { createLocalWriter } from './local-writer';
import { teamStorageNames, writeTeamConfig, type TeamConfig } from './team-config';
import { createTeamStatusStore, type TeamStatusStore } from './team-status-store';

/**
 * Documents per replication request: PouchDB's default (100) takes 27 rounds of requests for four
 * score sets of a round (2,688 values); 500 takes a quarter (`npm run measure:browser-sync`).
 */
const BATCH_SIZE = 500;

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

export function connectTeam(config: TeamConfig, store: WorkspaceStore, saver: Saver): TeamLink {
  const status = createTeamStatusStore();
  // Beside the team's copy of the workspace, under a name of its own.
  const local = new PouchDB(`${teamStorageNames(config).database}-replica`, { auto_compaction: false });
  const remote = openRemote(config);
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

  const writer = createLocalWriter(local, () => status.setState({ sync: 'offline' }));

  const send = (changes: readonly StampedChange[]) => {
    const latest = new Map(changes.filter(({ change }) => allowed(change)).map((stamped) => [valueDocId(stamped.change), stamped]));
    writer.write([...latest.values()].map((stamped) => toValueDoc(stamped, config.user)));
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
      .sync(remote.db, { live: true, retry: true, batch_size: BATCH_SIZE })
      .on('active', () => status.setState({ sync: 'syncing' }))
      .on('paused', ((error?: { status?: number }) => {
        const sync = remote.stateAfter(error);
        status.setState({ sync });
        if (sync === 'synced') joinRaters();
      }) as never)
      .on('denied', (() => status.setState((state) => ({ denied: state.denied + 1 }))) as never)
      .on('error', ((error?: { status?: number }) => status.setState({ sync: remote.stateAfter(error ?? {}) })) as never);
  };
  // A session that ended while the app was closed: edits are kept here until the person signs in.
  void loaded.then(async () => {
    const session = await currentSession(config.server);
    if (session.kind === 'signed-out' || session.kind === 'not-in-team') {
      status.setState({ sync: 'signed-out' });
      return;
    }
    // A role changed on the server applies from the next start; the server applies it at once.
    if (session.kind === 'signed-in' && session.role !== config.role) writeTeamConfig({ ...config, role: session.role });
    startSync();
  });

  if (typeof window !== 'undefined') {
    window.addEventListener('offline', () => status.setState({ sync: 'offline' }));
    // Retrying replication backs off while offline; coming back online starts it at once.
    window.addEventListener('online', () => startSync());
  }

  const resolve = async (conflict: Conflict, keepRev: string) => {
    const kept = await setAsideAllBut(local, conflict, keepRev, config.user);
    // A fresh stamp: every replica shows the kept side, whichever side it showed before.
    if (kept) store.getState().applyChosen({ kind: 'conflict', count: 1 }, [kept]);
  };

  return {
    config,
    status,
    resolve,
    superseded: () => readSetAside(local),
    restart: startSync,
    send,
    close: async () => {
      sync?.cancel();
      feed.cancel();
      await writer.settled();
      await local.close();
    },
  };
}
