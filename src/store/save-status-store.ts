import { createStore, type StoreApi } from 'zustand/vanilla';

export type SaveStatus = {
  state: 'saved' | 'saving' | 'failed';
  /** Why the latest write failed; empty otherwise. */
  message: string;
  /** Whether the browser promised not to evict the data; null when it cannot say. */
  persistent: boolean | null;
};

export type SaveStatusStore = StoreApi<SaveStatus>;

export function createSaveStatusStore(): SaveStatusStore {
  return createStore<SaveStatus>()(() => ({ state: 'saved', message: '', persistent: null }));
}
