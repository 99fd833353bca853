import type { Instrument } from '../domain/criteria/instrument';
import type { Problem } from '../domain/problems';
import { firstRound, type Round } from '../domain/rounds/round';
import type { Change } from '../domain/workspace/changes';
import { mergeStamped, type StampedChange, type Stamps } from '../domain/workspace/stamps';
import { parsePendingFile, parseStampsFile, toPendingFile, toStampsFile } from '../domain/workspace/stamps-schema';
import { EMPTY_WORKSPACE, type Workspace } from '../domain/workspace/workspace';
import { parseWorkspaceFile, toWorkspaceFile } from '../domain/workspace/workspace-file';
import { afterNextPaint } from './after-next-paint';
import { isStill, type OwnWrite } from './own-write';
import type { SaveStatusStore } from './save-status-store';
import type { StoredState, WorkspaceStorage } from './workspace-storage';

export type Unreadable = { problems: Problem[]; keptAs: string; raw: unknown };

export type RestoreOutcome = {
  workspace: Workspace;
  stamps: Stamps;
  /**
   * Changes found in tabs' journals that had not reached IndexedDB, and, in a fresh workspace,
   * the first round: they are saved now.
   */
  replayed: StampedChange[];
  replayedJournals: string[];
  /** Stored data that could not be read: kept aside under `keptAs`, never overwritten. */
  unreadable: Unreadable | null;
  /** The round that data stored before there were rounds is read into. */
  legacyRound: Round;
};

/**
 * Data stored before there were rounds (version 1) becomes the round of the year it was last
 * changed in, or of this year when that is not known.
 */
export function legacyRoundFor(instrument: Instrument, storedStamps: unknown, today: Date): Round {
  const stamps = parseStampsFile(storedStamps, '');
  const times = stamps.ok ? Object.values(stamps.value).map((stamp) => stamp.at) : [];
  return firstRound(instrument.criteria.id, times.length > 0 ? new Date(Math.max(...times)) : today);
}

/** Whether a change is about counties and statements this instrument knows (a journal may be older). */
function isKnown(instrument: Instrument, change: Change): boolean {
  if ('statement' in change && !instrument.statementById.has(change.statement)) return false;
  if ('area' in change && !instrument.areas.some((area) => area.area.id === change.area)) return false;
  return !('county' in change) || instrument.counties.some((county) => county.code === change.county);
}

/**
 * `firstRoundIfFresh`: whether a fresh workspace gets a round of this year. A team's copy does not: its
 * rounds come from the team, and two browsers each making one would make a conflict.
 */
export async function restoreWorkspace(storage: WorkspaceStorage, instrument: Instrument, tab = 'start', today = new Date(), firstRoundIfFresh = true): Promise<RestoreOutcome> {
  const stored = await storage.read();
  const legacyRound = legacyRoundFor(instrument, stored.stamps, today);
  let base: Workspace = EMPTY_WORKSPACE;
  let stamps: Stamps = {};
  let unreadable: Unreadable | null = null;
  if (stored.document !== undefined) {
    const parsed = parseWorkspaceFile(stored.document, instrument, legacyRound);
    if (parsed.ok) {
      base = parsed.value.workspace;
      const readStamps = parseStampsFile(stored.stamps, legacyRound.id);
      stamps = readStamps.ok ? readStamps.value : {};
    } else {
      const keptAs = await storage.keepAside(stored.document, new Date());
      unreadable = { problems: parsed.problems, keptAs, raw: stored.document };
    }
  }
  const journals = storage.readPending();
  const replayed = journals
    .flatMap((journal) => {
      const read = parsePendingFile(journal.changes, legacyRound.id);
      return read.ok ? read.value : [];
    })
    .filter(({ change }) => isKnown(instrument, change))
    .sort((a, b) => a.stamp.at - b.stamp.at);
  const restored = mergeStamped(base, stamps, replayed);
  // A fresh workspace opens with a round of this year, so that scoring can start at once.
  const fresh = Object.keys(restored.workspace.rounds).length === 0 && Object.keys(restored.workspace.data).length === 0;
  const { id, ...details } = firstRound(instrument.criteria.id, today, instrument.criteria.revision);
  const created: StampedChange[] = fresh && unreadable === null && firstRoundIfFresh
    ? [{ change: { field: 'round', round: id, value: details }, stamp: { at: today.getTime(), tab } }]
    : [];
  const merged = mergeStamped(restored.workspace, restored.stamps, created);
  return {
    workspace: merged.workspace,
    stamps: merged.stamps,
    replayed: [...replayed, ...created],
    replayedJournals: journals.map((journal) => journal.key),
    unreadable,
    legacyRound,
  };
}

class UnreadableStoredData extends Error {}

/**
 * Saves changes as they happen. Each change goes first into this tab's synchronous journal (so a
 * reload or crash a moment later loses nothing), then into IndexedDB in a transaction that merges
 * it with what other tabs stored. The status says "saved" only when every change is committed.
 */
export type Saver = { enqueue: (changes: readonly StampedChange[]) => void; retry: () => void };

export function createSaver(storage: WorkspaceStorage, instrument: Instrument, status: SaveStatusStore, tab: string, legacyRound: Round): Saver {
  let queue: StampedChange[] = [];
  let inFlight: StampedChange[] = [];
  let writing = false;
  // Each save reads the stored workspace back, because another tab may have written since. When
  // none has, what this tab wrote last is merged into as it is, instead of being checked against
  // the file's schema and rebuilt again: that cost grows with the workspace, on every click.
  let committed: OwnWrite | null = null;
  let pendingWrite: OwnWrite | null = null;
  let saves = 0;
  const session = Math.random().toString(36).slice(2);

  const journal = () => {
    const unsaved = [...inFlight, ...queue];
    try {
      storage.writePending(tab, unsaved.length === 0 ? null : toPendingFile(unsaved));
    } catch {
      // localStorage full or disabled: IndexedDB below still saves, and its failure is shown.
    }
  };

  const readStored = (stored: StoredState): { workspace: Workspace; stamps: Stamps } => {
    if (isStill(stored, committed)) return committed;
    const current = stored.document === undefined
      ? { ok: true as const, value: { workspace: EMPTY_WORKSPACE } }
      : parseWorkspaceFile(stored.document, instrument, legacyRound);
    if (!current.ok) throw new UnreadableStoredData('Sparad data i webbläsaren kan inte läsas av den här versionen av appen.');
    const stamps = parseStampsFile(stored.stamps, legacyRound.id);
    return { workspace: current.value.workspace, stamps: stamps.ok ? stamps.value : {} };
  };

  const nextStored = (batch: readonly StampedChange[]) => (stored: StoredState): StoredState => {
    const current = readStored(stored);
    const merged = mergeStamped(current.workspace, current.stamps, batch);
    const document = toWorkspaceFile(merged.workspace, instrument, new Date());
    saves += 1;
    pendingWrite = { writer: `${tab}/${session}/${saves}`, exportedAt: document.exportedAt, ...merged };
    return { document, stamps: toStampsFile(merged.stamps), writer: pendingWrite.writer };
  };

  const flush = async () => {
    writing = true;
    while (queue.length > 0) {
      inFlight = queue;
      queue = [];
      try {
        await storage.update(nextStored(inFlight));
        committed = pendingWrite;
      } catch (error) {
        committed = null;
        queue = [...inFlight, ...queue];
        inFlight = [];
        writing = false;
        status.setState({ state: 'failed', message: describeWriteError(error) });
        return;
      }
      inFlight = [];
      journal();
    }
    writing = false;
    status.setState({ state: 'saved', message: '' });
  };

  const start = () => {
    if (queue.length === 0 || writing) return;
    writing = true;
    status.setState({ state: 'saving', message: '' });
    // The journal above already holds the changes, so a crash before this write loses nothing.
    afterNextPaint(() => void flush());
  };

  return {
    enqueue: (changes) => {
      if (changes.length === 0) return;
      queue.push(...changes);
      journal();
      start();
    },
    retry: start,
  };
}

function describeWriteError(error: unknown): string {
  if (error instanceof UnreadableStoredData) return error.message;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'Webbläsarens lagringsutrymme är fullt.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Webbläsaren kunde inte spara (${detail}).`;
}
