import { expect, test } from 'vitest';
import type { toWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { persistChanges, restoreWorkspace } from '../../src/store/persistence';
import { createSaveStatusStore, type SaveStatus } from '../../src/store/save-status-store';
import { createIndexedDbStorage, type WorkspaceStorage } from '../../src/store/workspace-storage';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();
let databases = 0;
const freshStorage = () => createIndexedDbStorage(`persistence-test-${(databases += 1)}`);

/** Resolves when the save status reaches `kind`. */
function statusBecomes(store: ReturnType<typeof createSaveStatusStore>, kind: SaveStatus['kind']): Promise<SaveStatus> {
  return new Promise((resolve) => {
    if (store.getState().kind === kind) resolve(store.getState());
    const stop = store.subscribe((status) => {
      if (status.kind === kind) {
        stop();
        resolve(status);
      }
    });
  });
}

test('an empty storage restores an empty workspace', async () => {
  const restore = await restoreWorkspace(freshStorage(), instrument);
  expect(restore).toEqual({ kind: 'empty', workspace: { assessments: {} } });
});

test('a change is written to IndexedDB, the status goes from saving to saved, and it restores after a restart', async () => {
  const storage = freshStorage();
  const store = createWorkspaceStore();
  const status = createSaveStatusStore();
  persistChanges(store, status, storage, instrument);

  store.getState().setScore('06', '1.1', 2);
  expect(status.getState().kind).toBe('saving');
  store.getState().setNote('06', '1.1', 'Politiskt forum finns sedan 2012');
  await statusBecomes(status, 'saved');

  const restored = await restoreWorkspace(storage, instrument);
  expect(restored.kind).toBe('restored');
  expect(restored.workspace.assessments['06']).toEqual({
    scores: { '1.1': 2 },
    notes: { '1.1': 'Politiskt forum finns sedan 2012' },
  });
});

test('many quick changes end with the newest state stored', async () => {
  const storage = freshStorage();
  const store = createWorkspaceStore();
  const status = createSaveStatusStore();
  persistChanges(store, status, storage, instrument);
  for (const score of [0, 1, 2, 1, 0] as const) store.getState().setScore('01', '2.1', score);
  await statusBecomes(status, 'saved');

  const restored = await restoreWorkspace(storage, instrument);
  expect(restored.workspace.assessments['01']?.scores['2.1']).toBe(0);
});

test('a failed write says the change is not saved and why', async () => {
  const failing: WorkspaceStorage = {
    ...freshStorage(),
    write: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
  };
  const store = createWorkspaceStore();
  const status = createSaveStatusStore();
  persistChanges(store, status, failing, instrument);
  store.getState().setScore('01', '1.1', 1);

  expect(await statusBecomes(status, 'failed')).toEqual({
    kind: 'failed',
    message: 'Webbläsarens lagringsutrymme är fullt.',
  });
});

test('stored data that cannot be read is kept aside untouched and the app starts empty', async () => {
  const storage = freshStorage();
  const unreadable = { format: 'lansinventering-scores', version: 99, assessments: 'from the future' };
  await storage.write(unreadable);

  const restore = await restoreWorkspace(storage, instrument);
  if (restore.kind !== 'unreadable') throw new Error(`expected unreadable, got ${restore.kind}`);
  expect(restore.workspace).toEqual({ assessments: {} });
  expect(restore.problems[0]?.path).toBe('version');
  expect(restore.raw).toEqual(unreadable);
  expect(restore.keptAs).toMatch(/^olasbar-\d{4}-/);
});

test('the stored document is the versioned workspace file that import reads', async () => {
  const storage = freshStorage();
  const store = createWorkspaceStore();
  const status = createSaveStatusStore();
  persistChanges(store, status, storage, instrument);
  store.getState().setScore('25', '6.5', 1);
  await statusBecomes(status, 'saved');

  const stored = (await storage.read()) as ReturnType<typeof toWorkspaceFile>;
  expect(stored.format).toBe('lansinventering-scores');
  expect(stored.version).toBe(1);
  expect(stored.criteria).toBe('bilaga1-2016');
  expect(stored.assessments).toEqual([{ county: '25', scores: { '6.5': 1 }, notes: {} }]);
});
