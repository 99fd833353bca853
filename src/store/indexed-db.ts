/**
 * The little of IndexedDB the app needs: one object store of keyed values, and transactions that
 * report success only when the browser has committed them ("strict" durability: on disk, not just
 * in the operating system's cache, where the browser supports the option).
 */
export type KeyValueDb = {
  transact: <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>) => Promise<T>;
};

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB-begäran misslyckades'));
  });
}

export function openKeyValueDb(name: string, storeName = 'workspace'): KeyValueDb {
  let opening: Promise<IDBDatabase> | null = null;
  const open = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(new Error('IndexedDB finns inte i den här webbläsaren'));
        return;
      }
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(storeName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB kunde inte öppnas'));
      req.onblocked = () => reject(new Error('IndexedDB är blockerad av en annan flik'));
    });
    // A failed open is retried on the next transaction instead of failing forever.
    opening.catch(() => (opening = null));
    return opening;
  };

  return {
    transact: async <T,>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> => {
      const db = await open();
      const tx = db.transaction(storeName, mode, { durability: 'strict' });
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-transaktionen misslyckades'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB-transaktionen avbröts'));
      });
      let result: T;
      try {
        result = await work(tx.objectStore(storeName));
      } catch (error) {
        if (!tx.error) tx.abort();
        await done.catch(() => {});
        throw error;
      }
      await done;
      return result;
    },
  };
}
