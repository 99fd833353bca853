import type { Page } from '@playwright/test';

/**
 * Direct access to the app's IndexedDB (src/store/workspace-storage.ts: database "lansinventering",
 * version 1, object store "workspace"), for tests that must plant or inspect stored data. The app
 * must have started once in the page, so that the database and its store exist.
 */
const WHERE = { db: 'lansinventering', store: 'workspace' } as const;

/** Every key of the store with its value. */
export function readStored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ db: name, store }) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        // Never create the database here: that would hide that the app did not.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error ?? new Error(`${name} could not be opened`));
        open.onsuccess = () => {
          const db = open.result;
          const objects = db.transaction(store, 'readonly').objectStore(store);
          const keys = objects.getAllKeys();
          const values = objects.getAll();
          values.onerror = () => reject(values.error);
          values.onsuccess = () => {
            db.close();
            resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
          };
        };
      }),
    WHERE,
  );
}

/** Stores `value` under `key`, as another version of the app (or a damaged disk) might have. */
export function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ({ where: { db: name, store }, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error ?? new Error(`${name} could not be opened`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { where: WHERE, key, value },
  );
}

/**
 * Holds a read-write transaction on the store open, by chaining requests in it, so that every
 * write the app starts from now on waits behind it: a disk too slow to finish before the page
 * goes away. Nothing is released; the hold ends with the page.
 */
export function holdStore(page: Page): Promise<void> {
  return page.evaluate(
    ({ db: name, store }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error ?? new Error(`${name} could not be opened`));
        open.onsuccess = () => {
          const objects = open.result.transaction(store, 'readwrite').objectStore(store);
          const spin = () => {
            objects.get('workspace').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
    WHERE,
  );
}

/**
 * Makes every IndexedDB `put` throw "quota exceeded" while `setWritesFail(page, true)` holds,
 * to see how the app behaves when the browser cannot store anything.
 */
export async function allowFailingWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as { __failWrites?: boolean }).__failWrites) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

export async function setWritesFail(page: Page, fail: boolean): Promise<void> {
  await page.evaluate((value) => ((window as { __failWrites?: boolean }).__failWrites = value), fail);
}
