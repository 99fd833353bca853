import type { Change } from '../../src/domain/workspace/changes';
import type { StampedChange } from '../../src/domain/workspace/stamps';
import type { SaveStatus, SaveStatusStore } from '../../src/store/save-status-store';
import { createBrowserStorage, type WorkspaceStorage } from '../../src/store/workspace-storage';

let databases = 0;

/** A real IndexedDB (fake-indexeddb under jsdom) of its own and jsdom's localStorage. */
export function freshStorage(): WorkspaceStorage {
  return createBrowserStorage(`persistence-test-${(databases += 1)}`, localStorage);
}

export function stamped(change: Change, at: number, tab = 'a'): StampedChange {
  return { change, stamp: { at, tab } };
}

/** Resolves when the save status reaches `state`. */
export function statusBecomes(store: SaveStatusStore, state: SaveStatus['state']): Promise<SaveStatus> {
  return new Promise((resolve) => {
    if (store.getState().state === state) {
      resolve(store.getState());
      return;
    }
    const stop = store.subscribe((status) => {
      if (status.state === state) {
        stop();
        resolve(status);
      }
    });
  });
}

/** A promise and the function that resolves it, for holding a write half-way. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
