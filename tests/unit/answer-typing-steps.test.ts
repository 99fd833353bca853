import { expect, test } from 'vitest';
import type { Change } from '../../src/domain/workspace/changes';
import { roundRecordOf } from '../../src/domain/workspace/workspace';
import { createWorkspaceStore } from '../../src/store/workspace-store';

const WHERE = { round: '2026', county: '06', question: 'g2.7' };
const STEP = { kind: 'answer', ...WHERE } as const;

function storeWithClock() {
  let time = 1000;
  const store = createWorkspaceStore({ tab: 'a', now: () => time });
  const type = (change: Change) => {
    store.getState().applyStep(STEP, [change]);
    time += 300;
  };
  const answer = () => roundRecordOf(store.getState(), WHERE.round).answers[WHERE.county]?.[WHERE.question];
  return { store, type, answer };
}

test('typing a note and then a figure of one question without a pause is one step, and undo takes back both', () => {
  const { store, type, answer } = storeWithClock();
  type({ field: 'answer', ...WHERE, value: 'Enligt' });
  type({ field: 'answer', ...WHERE, value: 'Enligt budget' });
  type({ field: 'figure', ...WHERE, value: 12 });
  type({ field: 'figure', ...WHERE, value: 12.5 });
  expect(answer()).toEqual({ note: 'Enligt budget', figure: 12.5 });
  expect(store.getState().past).toHaveLength(1);

  store.getState().undo();
  expect(answer()).toBeUndefined();
  store.getState().redo();
  expect(answer()).toEqual({ note: 'Enligt budget', figure: 12.5 });
});
