import { createStore, type StoreApi } from 'zustand/vanilla';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

export type SaveStatusStore = StoreApi<SaveStatus>;

export function createSaveStatusStore(): SaveStatusStore {
  return createStore<SaveStatus>()(() => ({ kind: 'saved' }));
}
