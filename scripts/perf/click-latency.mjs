// Clicks and their latency: each click is a real input event sent by Playwright through the
// DevTools protocol, and in-page/click-probe.js measures from the click's time stamp to the next
// frame. One click at a time: the next is sent only after the previous one's frame is out.
import { scoreRadio } from './app-pages.mjs';
import { clickPlan } from './workspace-fixture.mjs';

const SAMPLE_TIMEOUT_MS = 10_000;

/** Counts the page's clicks, so that the k-th click of a page always alternates the scores alike. */
export function clickCounter() {
  return { next: 0 };
}

async function clickAndWait(page, locator, sampleNumber) {
  await locator.click({ timeout: 30_000 });
  const sampled = await page.evaluate(([n, ms]) => window.__clickProbe.waitFor(n, ms), [sampleNumber, SAMPLE_TIMEOUT_MS]);
  if (!sampled) throw new Error(`click ${sampleNumber} produced no frame within ${SAMPLE_TIMEOUT_MS / 1000} s`);
}

/**
 * Clicks `count` scores, each one different from the statement's score before, and returns one
 * sample per click: { latency (ms), clickAt (epoch ms) }. `radio` finds the score's control: the
 * scoring page's by default, `agreedRadio` on the reconciliation view. `afterEach` runs after
 * every click's frame (the figures window uses it to see what changed there).
 */
export async function clickScores(page, counter, count, { radio = scoreRadio, beforeEach, afterEach } = {}) {
  await page.evaluate(() => window.__clickProbe.reset());
  for (let i = 0; i < count; i += 1) {
    const { statement, score } = clickPlan(counter.next);
    counter.next += 1;
    if (beforeEach) await beforeEach();
    await clickAndWait(page, radio(page, statement, score), i + 1);
    if (afterEach) await afterEach(i);
  }
  return page.evaluate(() => window.__clickProbe.take());
}

/** The same clicks on the bare page's one button (see openFloorPage in measure-clicks.mjs). */
export async function clickFloorButton(page, count) {
  await page.evaluate(() => window.__clickProbe.reset());
  const button = page.getByRole('button');
  for (let i = 0; i < count; i += 1) await clickAndWait(page, button, i + 1);
  return page.evaluate(() => window.__clickProbe.take());
}
