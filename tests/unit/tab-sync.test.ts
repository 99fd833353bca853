import { afterEach, expect, test } from 'vitest';
import type { StampedChange } from '../../src/domain/workspace/stamps';
import { connectTabs, type TabSync } from '../../src/store/tab-sync';

const open: TabSync[] = [];
afterEach(() => open.splice(0).forEach((tab) => tab.close()));

function tab(name: string, received: StampedChange[][]): TabSync {
  const sync = connectTabs(name, (changes) => received.push(changes));
  open.push(sync);
  return sync;
}

const change: StampedChange = { change: { county: '06', statement: '1.1', field: 'score', value: 2 }, stamp: { at: 5, tab: 'a' } };
const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
const messageDelivered = () => new Promise((done) => setTimeout(done, 20));

test("another tab's change is applied here only after this tab has drawn a frame", async () => {
  let frames = 0;
  let running = true;
  const count = () => {
    frames += 1;
    if (running) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  // A listener of its own on the channel notes the frame at which the message arrived.
  const listener = new BroadcastChannel('lansinventering');
  let arrivedAtFrame = -1;
  listener.onmessage = () => (arrivedAtFrame = frames);
  let appliedAtFrame = -1;
  const a = tab('a', []);
  open.push(connectTabs('b', () => (appliedAtFrame = frames)));

  a.post([change]);
  await messageDelivered();
  await nextFrame();
  running = false;
  listener.close();
  expect(arrivedAtFrame).toBeGreaterThanOrEqual(0);
  expect(appliedAtFrame).toBeGreaterThan(arrivedAtFrame);
});

test('a tab does not apply its own changes', async () => {
  const inA: StampedChange[][] = [];
  const a = tab('a', inA);
  a.post([change]);
  await messageDelivered();
  await nextFrame();
  expect(inA).toEqual([]);
});

test('changes from another tab are applied in the order they were made', async () => {
  const inB: StampedChange[][] = [];
  const a = tab('a', []);
  tab('b', inB);
  const later: StampedChange = { change: { county: '06', statement: '1.1', field: 'score', value: 0 }, stamp: { at: 6, tab: 'a' } };
  a.post([change]);
  a.post([later]);
  await messageDelivered();
  await nextFrame();
  expect(inB).toEqual([[change], [later]]);
});
