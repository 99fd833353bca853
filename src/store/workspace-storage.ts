import { createStore as createIdbStore, get, set } from 'idb-keyval';

/** Where the workspace file is kept between visits. */
export type WorkspaceStorage = {
  read: () => Promise<unknown>;
  write: (document: unknown) => Promise<void>;
  /** Keeps a stored document that could not be read, under a key of its own, so it is never overwritten. */
  keepAside: (document: unknown, at: Date) => Promise<string>;
};

const CURRENT_KEY = 'workspace';

export function createIndexedDbStorage(databaseName = 'lansinventering'): WorkspaceStorage {
  const store = createIdbStore(databaseName, 'workspace');
  return {
    read: () => get(CURRENT_KEY, store),
    // idb-keyval resolves only when the transaction has completed, i.e. the data is on disk.
    write: (document) => set(CURRENT_KEY, document, store),
    keepAside: async (document, at) => {
      const key = `olasbar-${at.toISOString()}`;
      await set(key, document, store);
      return key;
    },
  };
}
