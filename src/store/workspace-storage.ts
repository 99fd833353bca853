import { openKeyValueDb, request } from './indexed-db';

/**
 * What IndexedDB holds: the workspace file and, beside it, when each value last changed, and which
 * save wrote them (`writer`, any text that names one save; absent when unknown).
 */
export type StoredState = { document: unknown; stamps: unknown; writer?: unknown };

/** Changes made in a tab that may not have reached IndexedDB yet (say the tab was closed). */
type PendingJournal = { key: string; changes: unknown };

export type WorkspaceStorage = {
  read: () => Promise<StoredState>;
  /**
   * In one transaction: reads what is stored, lets `next` compute what to store (it may throw to
   * change nothing), and writes it. Resolves only when the transaction is committed.
   */
  update: (next: (stored: StoredState) => StoredState) => Promise<void>;
  /** Moves unreadable stored data to a key of its own, so nothing ever overwrites it. */
  keepAside: (document: unknown, at: Date) => Promise<string>;
  /** Everything kept aside so far, oldest first, for download. */
  listKeptAside: () => Promise<{ key: string; document: unknown }[]>;
  /** A synchronous journal (localStorage) of each tab's changes not yet in IndexedDB. */
  writePending: (tab: string, journal: unknown) => void;
  readPending: () => PendingJournal[];
  removePending: (key: string) => void;
  /** Asks the browser not to evict the data under storage pressure; true when granted. */
  requestPersistence: () => Promise<boolean | null>;
};

const DOCUMENT_KEY = 'workspace';
const STAMPS_KEY = 'stamps';
const WRITER_KEY = 'writer';
const PENDING_PREFIX = 'lansinventering-ej-sparat-';
const KEPT_PREFIX = 'olasbar-';

/**
 * The workspace in IndexedDB under `databaseName`, with its tabs' journals in localStorage under
 * `pendingPrefix`. A team's workspace has names of its own, so it never mixes with the one kept
 * in the browser alone.
 */
export function createBrowserStorage(
  databaseName = 'lansinventering',
  local: Storage | null = safeLocalStorage(),
  pendingPrefix = PENDING_PREFIX,
): WorkspaceStorage {
  const db = openKeyValueDb(databaseName);
  const readBoth = async (store: IDBObjectStore): Promise<StoredState> => ({
    document: await request(store.get(DOCUMENT_KEY)),
    stamps: await request(store.get(STAMPS_KEY)),
    writer: await request(store.get(WRITER_KEY)),
  });
  return {
    read: () => db.transact('readonly', readBoth),
    update: (next) =>
      db.transact('readwrite', async (store) => {
        const { document, stamps, writer } = next(await readBoth(store));
        store.put(document, DOCUMENT_KEY);
        store.put(stamps, STAMPS_KEY);
        // A save that does not name itself leaves no name, so no earlier save's name stays behind.
        if (writer === undefined) store.delete(WRITER_KEY);
        else store.put(writer, WRITER_KEY);
      }),
    keepAside: (document, at) =>
      db.transact('readwrite', async (store) => {
        const key = `${KEPT_PREFIX}${at.toISOString()}`;
        await request(store.put(document, key));
        store.delete(DOCUMENT_KEY);
        store.delete(STAMPS_KEY);
        store.delete(WRITER_KEY);
        return key;
      }),
    listKeptAside: () =>
      db.transact('readonly', async (store) => {
        const keys = (await request(store.getAllKeys())).map(String).filter((key) => key.startsWith(KEPT_PREFIX)).sort();
        return Promise.all(keys.map(async (key) => ({ key, document: await request(store.get(key)) })));
      }),
    writePending: (tab, journal) => {
      if (!local) return;
      if (journal === null) local.removeItem(pendingPrefix + tab);
      else local.setItem(pendingPrefix + tab, JSON.stringify(journal));
    },
    readPending: () => {
      if (!local) return [];
      const journals: PendingJournal[] = [];
      for (let i = 0; i < local.length; i += 1) {
        const key = local.key(i);
        if (key?.startsWith(pendingPrefix)) journals.push({ key, changes: parseJson(local.getItem(key)) });
      }
      return journals;
    },
    removePending: (key) => local?.removeItem(key),
    requestPersistence: async () => {
      if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
      try {
        return (await navigator.storage.persisted()) || (await navigator.storage.persist());
      } catch {
        return null;
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on merely touching localStorage when storage is disabled.
    return null;
  }
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}
