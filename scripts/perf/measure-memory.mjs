// JS heap and DOM nodes of the scoring page before and after many score clicks, each after a full
// garbage collection and with every change saved: what stays behind is what the clicks left.
import { importWorkspace, openCounty, waitUntilSaved } from './app-pages.mjs';
import { devTools, freshContext, heapAndNodes } from './browser.mjs';
import { clickCounter, clickScores } from './click-latency.mjs';
import { median } from './stats.mjs';

// Clicks after the first (cold) reading and before the baseline. V8 keeps compiling the click's code paths into optimised
// machine code for several hundred clicks (about 1 MB, 17 % of the heap, settled by about 800),
// then stays level: a heap snapshot diff shows compiled code, and with the compilers switched off
// (--js-flags=--no-opt --no-maglev --no-sparkplug) the heap does not grow at all. Measured from
// here, the growth is what the clicks keep alive; a leak grows the same in every thousand clicks.
const WARM_UP_CLICKS = 1000;
const FIRST_CLICKS = 30;
const SETTLE_MS = 1000;

async function settledReading(page, session) {
  await waitUntilSaved(page);
  await page.waitForTimeout(SETTLE_MS);
  return heapAndNodes(session);
}

export async function measureMemory(browser, base, errors, { clicks }) {
  const context = await freshContext(browser, errors);
  try {
    const page = await context.newPage();
    await importWorkspace(page, base);
    await openCounty(page, base);
    const session = await devTools(page);
    const counter = clickCounter();
    await clickScores(page, counter, FIRST_CLICKS);
    // Printed beside the budget's figure, so the warm-up stays visible rather than hidden.
    const cold = await settledReading(page, session);
    await clickScores(page, counter, WARM_UP_CLICKS);
    const before = await settledReading(page, session);
    const samples = await clickScores(page, counter, clicks);
    const after = await settledReading(page, session);
    const latencies = samples.map((sample) => sample.latency);
    const tail = Math.min(100, Math.floor(latencies.length / 2));
    return {
      clicks,
      warmUpClicks: WARM_UP_CLICKS,
      cold,
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
