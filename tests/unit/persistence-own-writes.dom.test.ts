import { beforeEach, expect, test } from 'vitest';
import { parseWorkspaceFile, toWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { createSaver, restoreWorkspace } from '../../src/store/persistence';
import { createSaveStatusStore } from '../../src/store/save-status-store';
import type { StoredState, WorkspaceStorage } from '../../src/store/workspace-storage';
import { loadInstrument } from './load-instrument';
import { agreedOf, agreedScore as score, TEST_ROUND } from './one-round';
import { freshStorage, stamped, statusBecomes } from './persistence-support';

const instrument = loadInstrument();

beforeEach(() => localStorage.clear());

async function save(storage: WorkspaceStorage, tab: string, ...changes: Parameters<typeof stamped>[]) {
  const status = createSaveStatusStore();
  const saver = createSaver(storage, instrument, status, tab, TEST_ROUND);
  return {
    saver,
    next: async (...more: Parameters<typeof stamped>[]) => {
      saver.enqueue(more.map((args) => stamped(...args)));
      await statusBecomes(status, 'saved');
    },
    first: (async () => {
      saver.enqueue(changes.map((args) => stamped(...args)));
      await statusBecomes(status, 'saved');
    })(),
  };
}

/** Writes as another program would: the stored file with one more score, under `writer`. */
async function writeBeside(storage: WorkspaceStorage, county: string, writer: (stored: StoredState) => unknown) {
  await storage.update((stored) => {
    const read = parseWorkspaceFile(stored.document, instrument, TEST_ROUND);
    if (!read.ok) throw new Error('unreadable');
    const data = read.value.workspace.data[TEST_ROUND.id];
    const agreed = { ...data?.agreed, [county]: { scores: { '1.1': 1 as const }, notes: {} } };
    const workspace = { ...read.value.workspace, data: { ...read.value.workspace.data, [TEST_ROUND.id]: { ...data!, agreed } } };
    // A later time than the saver's own file, as any later write has.
    const document = toWorkspaceFile(workspace, instrument, new Date(Date.now() + 60_000));
    return { document, stamps: stored.stamps, writer: writer(stored) };
  });
}

test('saves in a row from one tab keep every change', async () => {
  const storage = freshStorage();
  const tab = await save(storage, 'a', [score('06', '1.1', 2), 1]);
  await tab.first;
  await tab.next([score('06', '1.2', 1), 2]);
  await tab.next([score('06', '1.1', 0), 3], [score('07', '2.1', 2), 4]);
  const restored = await restoreWorkspace(storage, instrument);
  expect(agreedOf(restored.workspace)['06']?.scores).toEqual({ '1.1': 0, '1.2': 1 });
  expect(agreedOf(restored.workspace)['07']?.scores).toEqual({ '2.1': 2 });
});

test.each([
  ['a save that names itself otherwise', () => 'another-tab/1'],
  ['a save that names no save', () => undefined],
  // An older version of the app does not know the name and leaves it as it was; its file's time differs.
  ['a save that leaves the last name behind', (stored: StoredState) => stored.writer],
])('a change written in between by %s is kept by the next save', async (_, writer) => {
  const storage = freshStorage();
  const tab = await save(storage, 'a', [score('06', '1.1', 2), 1]);
  await tab.first;
  await writeBeside(storage, '12', writer);
  await tab.next([score('06', '1.2', 1), 2]);
  const restored = await restoreWorkspace(storage, instrument);
  expect(agreedOf(restored.workspace)['12']?.scores).toEqual({ '1.1': 1 });
  expect(agreedOf(restored.workspace)['06']?.scores).toEqual({ '1.1': 2, '1.2': 1 });
});
