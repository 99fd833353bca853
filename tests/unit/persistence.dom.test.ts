import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { firstRound } from '../../src/domain/rounds/round';
import { EMPTY_WORKSPACE, workspaceWithRound } from '../../src/domain/workspace/workspace';
import { createSaver, restoreWorkspace } from '../../src/store/persistence';
import { createSaveStatusStore } from '../../src/store/save-status-store';
import type { WorkspaceStorage } from '../../src/store/workspace-storage';
import { loadInstrument } from './load-instrument';
import { agreedOf, agreedNote as note, agreedScore as score, TEST_ROUND } from './one-round';
import { freshStorage, gate, stamped, statusBecomes } from './persistence-support';

const instrument = loadInstrument();

beforeEach(() => localStorage.clear());

function saverFor(storage: WorkspaceStorage, tab = 'a') {
  const status = createSaveStatusStore();
  return { status, saver: createSaver(storage, instrument, status, tab, TEST_ROUND) };
}

test('an empty storage restores a workspace with a round of this year, whose making is the one change to save', async () => {
  const today = new Date(2026, 4, 2);
  const restore = await restoreWorkspace(freshStorage(), instrument, 'start', today);
  const { id, ...details } = firstRound(instrument.criteria.id, today, instrument.criteria.revision);
  expect(restore.workspace).toEqual(workspaceWithRound({ id, ...details }));
  expect(restore.replayed.map(({ change }) => change)).toEqual([{ field: 'round', round: '2026', value: details }]);
  expect(restore.unreadable).toBeNull();
});

test('saved changes are restored after a restart', async () => {
  const storage = freshStorage();
  const { status, saver } = saverFor(storage);
  saver.enqueue([stamped(score('06', '1.1', 2), 1), stamped(note('06', '1.1', 'Forum sedan 2012'), 2)]);
  await statusBecomes(status, 'saved');

  const restore = await restoreWorkspace(storage, instrument);
  expect(agreedOf(restore.workspace)['06']).toEqual({ scores: { '1.1': 2 }, notes: { '1.1': 'Forum sedan 2012' } });
});

test('the status says saved only once the IndexedDB transaction has committed', async () => {
  const storage = freshStorage();
  const held = gate();
  const slow: WorkspaceStorage = { ...storage, update: async (next) => { await held.opened; await storage.update(next); } };
  const { status, saver } = saverFor(slow);
  saver.enqueue([stamped(score('01', '2.1', 1), 1)]);
  await new Promise((done) => setTimeout(done, 20));

  expect(status.getState().state).toBe('saving');
  expect((await storage.read()).document).toBeUndefined();
  held.open();
  await statusBecomes(status, 'saved');
  expect(agreedOf((await restoreWorkspace(storage, instrument)).workspace)['01']?.scores['2.1']).toBe(1);
});

test('a change not yet in IndexedDB when the tab dies is replayed from the journal on the next start', async () => {
  const storage = freshStorage();
  const never = gate();
  const dying: WorkspaceStorage = { ...storage, update: () => never.opened };
  saverFor(dying, 'dead-tab').saver.enqueue([stamped(score('25', '6.5', 2), 5), stamped(note('25', '6.5', 'Utvärderad 2015'), 6)]);

  const restore = await restoreWorkspace(storage, instrument);
  expect(agreedOf(restore.workspace)['25']).toEqual({ scores: { '6.5': 2 }, notes: { '6.5': 'Utvärderad 2015' } });
  expect(restore.replayed).toHaveLength(2);
  expect(restore.replayedJournals).toEqual(['lansinventering-ej-sparat-dead-tab']);
});

test('the journal is emptied once the change is in IndexedDB', async () => {
  const storage = freshStorage();
  const { status, saver } = saverFor(storage, 'live-tab');
  saver.enqueue([stamped(score('03', '3.1', 0), 1)]);
  expect(storage.readPending()).toHaveLength(1);
  await statusBecomes(status, 'saved');
  expect(storage.readPending()).toEqual([]);
});

test('a failed write says so and why, keeps the change, and the next attempt saves it', async () => {
  const storage = freshStorage();
  let failures = 1;
  const flaky: WorkspaceStorage = {
    ...storage,
    update: (next) => (failures-- > 0 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : storage.update(next)),
  };
  const { status, saver } = saverFor(flaky);
  saver.enqueue([stamped(score('01', '1.1', 1), 1)]);

  expect(await statusBecomes(status, 'failed')).toMatchObject({ message: 'Webbläsarens lagringsutrymme är fullt.' });
  saver.retry();
  await statusBecomes(status, 'saved');
  expect(agreedOf((await restoreWorkspace(storage, instrument)).workspace)['01']?.scores['1.1']).toBe(1);
});

test('two tabs saving different statements both keep their change', async () => {
  const storage = freshStorage();
  const a = saverFor(storage, 'a');
  const b = saverFor(storage, 'b');
  a.saver.enqueue([stamped(score('06', '1.1', 2), 10, 'a')]);
  b.saver.enqueue([stamped(score('06', '1.2', 1), 11, 'b')]);
  await Promise.all([statusBecomes(a.status, 'saved'), statusBecomes(b.status, 'saved')]);

  expect(agreedOf((await restoreWorkspace(storage, instrument)).workspace)['06']?.scores).toEqual({ '1.1': 2, '1.2': 1 });
});

test('when two tabs change the same statement the later change wins, whichever is written last', async () => {
  const storage = freshStorage();
  const later = saverFor(storage, 'b');
  later.saver.enqueue([stamped(score('06', '1.1', 2), 20, 'b')]);
  await statusBecomes(later.status, 'saved');
  const earlier = saverFor(storage, 'a');
  earlier.saver.enqueue([stamped(score('06', '1.1', 0), 10, 'a')]);
  await statusBecomes(earlier.status, 'saved');

  expect(agreedOf((await restoreWorkspace(storage, instrument)).workspace)['06']?.scores['1.1']).toBe(2);
});

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/stored', name), 'utf8');

test.each([
  ['a newer version', JSON.parse(fixture('newer-version.json')) as unknown, 'version'],
  ['a truncated write', fixture('truncated.txt'), '(filen)'],
  ['the wrong shape', JSON.parse(fixture('wrong-shape.json')) as unknown, 'assessments'],
])('stored data of %s is kept aside untouched, reported, and never overwritten', async (_, raw, path) => {
  const storage = freshStorage();
  await storage.update(() => ({ document: raw, stamps: undefined }));

  const restore = await restoreWorkspace(storage, instrument);
  expect(restore.workspace).toEqual(EMPTY_WORKSPACE);
  expect(restore.unreadable?.raw).toEqual(raw);
  expect(restore.unreadable?.problems[0]?.path).toBe(path);
  const keptAs = restore.unreadable?.keptAs ?? '';
  expect(keptAs).toMatch(/^olasbar-\d{4}-/);

  const { status, saver } = saverFor(storage);
  saver.enqueue([stamped(score('01', '1.1', 1), 1)]);
  await statusBecomes(status, 'saved');
  expect(await storage.listKeptAside()).toEqual([{ key: keptAs, document: raw }]);
});

test('stored data that becomes unreadable while the app runs is not overwritten', async () => {
  const storage = freshStorage();
  const newer = JSON.parse(fixture('newer-version.json')) as unknown;
  await storage.update(() => ({ document: newer, stamps: undefined }));
  const { status, saver } = saverFor(storage);
  saver.enqueue([stamped(score('01', '1.1', 1), 1)]);

  expect(await statusBecomes(status, 'failed')).toMatchObject({ message: expect.stringContaining('kan inte läsas') as unknown });
  expect((await storage.read()).document).toEqual(newer);
});

test('a change is in the journal at once, and the IndexedDB write waits until the next frame is drawn', async () => {
  const storage = freshStorage();
  const writes: number[] = [];
  let frames = 0;
  const counting: WorkspaceStorage = { ...storage, update: (next) => { writes.push(frames); return storage.update(next); } };
  const { status, saver } = saverFor(counting, 'frame-tab');
  requestAnimationFrame(() => (frames += 1));
  saver.enqueue([stamped(score('03', '3.1', 0), 1)]);
  saver.enqueue([stamped(score('03', '3.2', 1), 2)]);

  expect(storage.readPending()).toHaveLength(1);
  expect(status.getState().state).toBe('saving');
  expect(writes).toEqual([]);
  await statusBecomes(status, 'saved');
  // One write after the frame, holding both changes made before it.
  expect(writes).toEqual([1]);
  expect(agreedOf((await restoreWorkspace(storage, instrument)).workspace)['03']?.scores).toEqual({ '3.1': 0, '3.2': 1 });
});
