import { afterEach, expect, test } from 'vitest';
import type { StampedChange } from '../../src/domain/workspace/stamps';
import { connectTabs, type TabSync } from '../../src/store/tab-sync';
import { agreedScore } from './one-round';

const open: TabSync[] = [];
afterEach(() => open.splice(0).forEach((tab) => tab.close()));

function tab(name: string, received: StampedChange[][]): TabSync {
  const sync = connectTabs(name, (changes) => received.push(changes));
  open.push(sync);
  return sync;
}

const change: StampedChange = { change: agreedScore('06', '1.1', 2), stamp: { at: 5, tab: 'a' } };
const messageDelivered = () => new Promise((done) => setTimeout(done, 20));

test('a tab does not apply its own changes', async () => {
  const inA: StampedChange[][] = [];
  const a = tab('a', inA);
  a.post([change]);
  await messageDelivered();
  expect(inA).toEqual([]);
});

test('changes from another tab arrive and are applied in the order they were made', async () => {
  const inB: StampedChange[][] = [];
  const a = tab('a', []);
  tab('b', inB);
  const later: StampedChange = { change: agreedScore('06', '1.1', 0), stamp: { at: 6, tab: 'a' } };
  a.post([change]);
  a.post([later]);
  await messageDelivered();
  expect(inB).toEqual([[change], [later]]);
});
