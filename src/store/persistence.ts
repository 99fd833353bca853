import type { Instrument } from '../domain/criteria/instrument';
import type { Problem } from '../domain/problems';
import { mergeStamped, type StampedChange, type Stamps } from '../domain/workspace/stamps';
import { parsePendingFile, parseStampsFile, toPendingFile, toStampsFile } from '../domain/workspace/stamps-schema';
import { EMPTY_WORKSPACE, type Workspace } from '../domain/workspace/workspace';
import { parseWorkspaceFile, toWorkspaceFile } from '../domain/workspace/workspace-file';
import { afterNextPaint } from './after-next-paint';
import type { SaveStatusStore } from './save-status-store';
import type { StoredState, WorkspaceStorage } from './workspace-storage';

export type Unreadable = { problems: Problem[]; keptAs: string; raw: unknown };

export type RestoreOutcome = {
  workspace: Workspace;
  stamps: Stamps;
  /** Changes found in tabs' journals that had not reached IndexedDB; they are saved again. */
  replayed: StampedChange[];
  replayedJournals: string[];
  /** Stored data that could not be read: kept aside under `keptAs`, never overwritten. */
  unreadable: Unreadable | null;
};

export async function restoreWorkspace(storage: WorkspaceStorage, instrument: Instrument): Promise<RestoreOutcome> {
  const stored = await storage.read();
  let base: Workspace = EMPTY_WORKSPACE;
  let stamps: Stamps = {};
  let unreadable: Unreadable | null = null;
  if (stored.document !== undefined) {
    const parsed = parseWorkspaceFile(stored.document, instrument);
    if (parsed.ok) {
      base = parsed.value;
      const readStamps = parseStampsFile(stored.stamps);
      stamps = readStamps.ok ? readStamps.value : {};
    } else {
      const keptAs = await storage.keepAside(stored.document, new Date());
      unreadable = { problems: parsed.problems, keptAs, raw: stored.document };
    }
  }
  const journals = storage.readPending();
  const replayed = journals
    .flatMap((journal) => {
      const read = parsePendingFile(journal.changes);
      return read.ok ? read.value : [];
    })
    .filter(({ change }) => instrument.statementById.has(change.statement) && instrument.counties.some((c) => c.code === change.county))
    .sort((a, b) => a.stamp.at - b.stamp.at);
  const merged = mergeStamped(base, stamps, replayed);
  return {
    workspace: merged.workspace,
    stamps: merged.stamps,
    replayed,
    replayedJournals: journals.map((journal) => journal.key),
    unreadable,
  };
}

class UnreadableStoredData extends Error {}

/**
 * Saves changes as they happen. Each change goes first into this tab's synchronous journal (so a
 * reload or crash a moment later loses nothing), then into IndexedDB in a transaction that merges
 * it with what other tabs stored. The status says "saved" only when every change is committed.
 */
export type Saver = { enqueue: (changes: readonly StampedChange[]) => void; retry: () => void };

export function createSaver(storage: WorkspaceStorage, instrument: Instrument, status: SaveStatusStore, tab: string): Saver {
  let queue: StampedChange[] = [];
  let inFlight: StampedChange[] = [];
  let writing = false;

  const journal = () => {
    const unsaved = [...inFlight, ...queue];
    try {
      storage.writePending(tab, unsaved.length === 0 ? null : toPendingFile(unsaved));
    } catch {
      // localStorage full or disabled: IndexedDB below still saves, and its failure is shown.
    }
  };

  const nextStored = (batch: readonly StampedChange[]) => (stored: StoredState): StoredState => {
    const current = stored.document === undefined ? { ok: true as const, value: EMPTY_WORKSPACE } : parseWorkspaceFile(stored.document, instrument);
    if (!current.ok) throw new UnreadableStoredData('Sparad data i webbläsaren kan inte läsas av den här versionen av appen.');
    const stamps = parseStampsFile(stored.stamps);
    const merged = mergeStamped(current.value, stamps.ok ? stamps.value : {}, batch);
    return { document: toWorkspaceFile(merged.workspace, instrument, new Date()), stamps: toStampsFile(merged.stamps) };
  };

  const flush = async () => {
    writing = true;
    while (queue.length > 0) {
      inFlight = queue;
      queue = [];
      try {
        await storage.update(nextStored(inFlight));
      } catch (error) {
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
