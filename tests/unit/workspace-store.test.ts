import { expect, test, vi } from 'vitest';
import { changeKey } from '../../src/domain/workspace/changes';
import type { StampedChange } from '../../src/domain/workspace/stamps';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { agreedCell, agreedOf, agreedScore } from './one-round';

/** The promise to users, written out so that lowering the limit in the code fails this test. */
const UNDOABLE_CHANGES = 50;

function storeWithClock(start = 1000) {
  let time = start;
  const sent: StampedChange[][] = [];
  const store = createWorkspaceStore({ tab: 'a', now: () => time, onLocalChanges: (changes) => sent.push(changes) });
  return { store, sent, tick: (ms: number) => (time += ms) };
}

test('undo and redo step back and forth through score changes', () => {
  const { store } = storeWithClock();
  store.getState().setScore(agreedCell('06', '1.1'), 1);
  store.getState().setScore(agreedCell('06', '1.1'), 2);
  store.getState().undo();
  expect(agreedOf(store.getState())['06']?.scores['1.1']).toBe(1);
  store.getState().undo();
  expect(agreedOf(store.getState())['06']).toBeUndefined();
  store.getState().redo();
  store.getState().redo();
  expect(agreedOf(store.getState())['06']?.scores['1.1']).toBe(2);
});

test('a new change after an undo clears what could be redone', () => {
  const { store } = storeWithClock();
  store.getState().setScore(agreedCell('06', '1.1'), 1);
  store.getState().undo();
  store.getState().setScore(agreedCell('06', '1.2'), 0);
  expect(store.getState().future).toEqual([]);
});

test(`the last ${UNDOABLE_CHANGES} changes can be undone and older ones drop off`, () => {
  const { store, tick } = storeWithClock();
  for (let i = 0; i < UNDOABLE_CHANGES + 5; i += 1) {
    store.getState().setScore(agreedCell('01', `${(i % 6) + 1}.1`), (Math.floor(i / 6) % 3) as 0 | 1 | 2);
    tick(10);
  }
  expect(store.getState().past).toHaveLength(UNDOABLE_CHANGES);
  for (let i = 0; i < UNDOABLE_CHANGES + 5; i += 1) store.getState().undo();
  // The five oldest changes can no longer be undone: statements 1.1–5.1 keep their first score.
  expect(agreedOf(store.getState())['01']?.scores).toEqual({ '1.1': 0, '2.1': 0, '3.1': 0, '4.1': 0, '5.1': 0 });
});

test('keystrokes in one note are one undo step until the typing pauses', () => {
  const { store, tick } = storeWithClock();
  for (const text of ['F', 'Fo', 'For', 'Forum']) {
    store.getState().setNote(agreedCell('06', '1.1'), text);
    tick(300);
  }
  tick(5000);
  store.getState().setNote(agreedCell('06', '1.1'), 'Forum finns');
  expect(store.getState().past).toHaveLength(2);
  store.getState().undo();
  expect(agreedOf(store.getState())['06']?.notes['1.1']).toBe('Forum');
  store.getState().undo();
  expect(agreedOf(store.getState())['06']).toBeUndefined();
});

test('two edits within the same millisecond are both applied and can both be undone', () => {
  const { store } = storeWithClock();
  store.getState().setScore(agreedCell('06', '1.1'), 1);
  store.getState().setScore(agreedCell('06', '1.1'), 2);
  store.getState().undo();
  store.getState().undo();
  store.getState().redo();
  expect(agreedOf(store.getState())['06']?.scores['1.1']).toBe(1);
});

test('a change that changes nothing is neither recorded nor sent', () => {
  const { store, sent } = storeWithClock();
  store.getState().setScore(agreedCell('06', '1.1'), 2);
  store.getState().setScore(agreedCell('06', '1.1'), 2);
  store.getState().setNote(agreedCell('06', '1.2'), '   ');
  expect(store.getState().past).toHaveLength(1);
  expect(sent).toHaveLength(1);
});

test('every local change, undo and redo is sent on stamped with the time and tab', () => {
  const { store, sent, tick } = storeWithClock(5000);
  store.getState().setScore(agreedCell('06', '1.1'), 2);
  tick(1);
  store.getState().undo();
  expect(sent).toEqual([
    [{ change: agreedScore('06', '1.1', 2), stamp: { at: 5000, tab: 'a' } }],
    [{ change: agreedScore('06', '1.1', null), stamp: { at: 5001, tab: 'a' } }],
  ]);
});

test('a local change after seeing a later stamp from another tab is stamped later still', () => {
  const { store, sent } = storeWithClock(100);
  store.getState().applyRemote([{ change: agreedScore('06', '1.1', 2), stamp: { at: 900, tab: 'b' } }]);
  store.getState().setScore(agreedCell('06', '1.1'), 0);
  expect(agreedOf(store.getState())['06']?.scores['1.1']).toBe(0);
  expect(sent[0]?.[0]?.stamp).toEqual({ at: 901, tab: 'a' });
});

test('a change from another tab shows here, is not part of this tab history, and an older one is ignored', () => {
  const { store, sent } = storeWithClock(100);
  store.getState().setScore(agreedCell('06', '1.1'), 1);
  store.getState().applyRemote([{ change: agreedScore('06', '1.2', 2), stamp: { at: 150, tab: 'b' } }]);
  store.getState().applyRemote([{ change: agreedScore('06', '1.1', 0), stamp: { at: 50, tab: 'b' } }]);

  expect(agreedOf(store.getState())['06']?.scores).toEqual({ '1.1': 1, '1.2': 2 });
  expect(store.getState().past).toHaveLength(1);
  expect(sent).toHaveLength(1);
});

test('undoing a local change keeps what another tab changed meanwhile', () => {
  const { store } = storeWithClock(100);
  store.getState().setScore(agreedCell('06', '1.1'), 1);
  store.getState().applyRemote([{ change: agreedScore('06', '1.2', 2), stamp: { at: 150, tab: 'b' } }]);
  store.getState().undo();
  expect(agreedOf(store.getState())['06']?.scores).toEqual({ '1.2': 2 });
});

test('the state holds when and in which tab each value last changed, from the start on', () => {
  let time = 1000;
  const remembered = changeKey(agreedScore('06', '1.1', null));
  const store = createWorkspaceStore({ tab: 'a', now: () => time, initialStamps: { [remembered]: { at: 400, tab: 'b' } } });
  expect(store.getState().stamps).toEqual({ [remembered]: { at: 400, tab: 'b' } });

  store.getState().setScore(agreedCell('06', '1.2'), 2);
  time += 5;
  store.getState().applyRemote([{ change: { field: 'note', ...agreedCell('07', '1.1'), value: 'Ja' }, stamp: { at: 1003, tab: 'b' } }]);
  store.getState().undo();
  expect(store.getState().stamps).toEqual({
    [remembered]: { at: 400, tab: 'b' },
    // The undo is a new edit, stamped later than the change it takes back.
    [changeKey(agreedScore('06', '1.2', null))]: { at: 1005, tab: 'a' },
    [changeKey({ field: 'note', ...agreedCell('07', '1.1'), value: '' })]: { at: 1003, tab: 'b' },
  });
});

test('a change from another tab that loses to a later one here leaves the state and its subscribers alone', () => {
  const { store } = storeWithClock(100);
  store.getState().setScore(agreedCell('06', '1.1'), 1);
  const before = store.getState();
  const listener = vi.fn();
  store.subscribe(listener);
  store.getState().applyRemote([{ change: agreedScore('06', '1.1', 0), stamp: { at: 50, tab: 'b' } }]);
  expect(listener).not.toHaveBeenCalled();
  expect(store.getState()).toBe(before);
});

test('a rater’s score and the agreed score of the same statement are two values: undoing one leaves the other', () => {
  const { store, tick } = storeWithClock(100);
  store.getState().setScore({ ...agreedCell('06', '1.1'), rater: 'anna' }, 2);
  tick(10);
  store.getState().setScore(agreedCell('06', '1.1'), 1);
  store.getState().undo();
  expect(agreedOf(store.getState())['06']).toBeUndefined();
  expect(store.getState().data[agreedCell('06', '1.1').round]?.raters['anna']?.['06']?.scores['1.1']).toBe(2);
});

test('many changes given as one step are undone and redone together, and only those that change something are kept', () => {
  const { store } = storeWithClock(100);
  store.getState().setScore(agreedCell('06', '1.1'), 2);
  const changes = [agreedScore('06', '1.1', 2), agreedScore('06', '1.2', 0), agreedScore('07', '1.1', 1)];
  store.getState().applyStep({ kind: 'import', count: changes.length }, changes);
  expect(store.getState().past.at(-1)?.forward).toEqual(changes.slice(1));
  store.getState().undo();
  expect(agreedOf(store.getState())).toEqual({ '06': { scores: { '1.1': 2 }, notes: {} } });
  store.getState().redo();
  expect(Object.keys(agreedOf(store.getState())).sort()).toEqual(['06', '07']);
});

test('a change the person may not make is not applied, not saved and not undoable, and is reported', () => {
  const refused: unknown[] = [];
  const sent: StampedChange[][] = [];
  const store = createWorkspaceStore({
    tab: 'a',
    mayChange: (change) => change.field !== 'score' || change.statement !== '1.2',
    onRefused: (changes) => refused.push(...changes),
    onLocalChanges: (changes) => sent.push(changes),
  });
  store.getState().applyStep({ kind: 'import', count: 2 }, [agreedScore('06', '1.1', 2), agreedScore('06', '1.2', 2)]);
  expect(agreedOf(store.getState())['06']?.scores).toEqual({ '1.1': 2 });
  expect(refused).toEqual([agreedScore('06', '1.2', 2)]);
  expect(sent.flat().map(({ change }) => change)).toEqual([agreedScore('06', '1.1', 2)]);
  store.getState().setScore(agreedCell('06', '1.2'), 1);
  expect(store.getState().past).toHaveLength(1);
});

test('a chosen side is stamped anew even where the workspace already holds its value', () => {
  const { store, sent, tick } = storeWithClock();
  store.getState().setScore(agreedCell('06', '1.1'), 2);
  tick(10);
  store.getState().applyChosen({ kind: 'conflict', count: 1 }, [agreedScore('06', '1.1', 2)]);
  expect(sent).toHaveLength(2);
  expect(sent[1]?.[0]?.stamp.at).toBeGreaterThan(sent[0]?.[0]?.stamp.at ?? Infinity);
  // Doing nothing to the value, the step is still one the person can undo and redo.
  expect(store.getState().past.at(-1)?.what).toEqual({ kind: 'conflict', count: 1 });
});
