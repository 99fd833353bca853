// JS heap and DOM nodes of the scoring page before and after many score clicks, each after a full
// garbage collection and with every change saved: what stays behind is what the clicks left.
import { importWorkspace, openCounty, waitUntilSaved } from './app-pages.mjs';
import { devTools, freshContext, heapAndNodes } from './browser.mjs';
import { clickCounter, clickScores } from './click-latency.mjs';
import { median } from './stats.mjs';

const WARM_UP_CLICKS = 30;
const SETTLE_MS = 1000;

export async function measureMemory(browser, base, errors, { clicks }) {
  const context = await freshContext(browser, errors);
  try {
    const page = await context.newPage();
    await importWorkspace(page, base);
    await openCounty(page, base);
    const session = await devTools(page);
    const counter = clickCounter();
    await clickScores(page, counter, WARM_UP_CLICKS);
    await waitUntilSaved(page);
    await page.waitForTimeout(SETTLE_MS);
    const before = await heapAndNodes(session);
    const samples = await clickScores(page, counter, clicks);
    await waitUntilSaved(page);
    await page.waitForTimeout(SETTLE_MS);
    const after = await heapAndNodes(session);
    const latencies = samples.map((sample) => sample.latency);
    const tail = Math.min(100, Math.floor(latencies.length / 2));
    return {
      clicks,
      before,
      after,
      firstClicksP50: median(latencies.slice(0, tail)),
      lastClicksP50: median(latencies.slice(-tail)),
      tail,
    };
  } finally {
    await context.close();
  }
}
