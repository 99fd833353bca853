// Largest Contentful Paint and Cumulative Layout Shift of the first screen (#/lan) in a fresh
// context each time (no cache, no service worker, no saved data: a first visit), with the CPU
// throttled from the first byte on.
import { waitForCountyList } from './app-pages.mjs';
import { devTools, freshContext, throttleCpu } from './browser.mjs';

const SETTLE_MS = 2000;
const SHIFTS_DELIVERED_WITHIN_MS = 500;
// The empty icon keeps the browser from asking the server for /favicon.ico.
const BLANK_PAGE = '<!doctype html><html lang="en"><title>Blank</title><link rel="icon" href="data:,"></html>';

async function largestContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          const last = entries[entries.length - 1];
          const element = last?.element;
          const name = element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”` : '';
          resolve(last ? { ms: last.startTime, element: name } : null);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(null), 5000);
      }),
  );
}

/**
 * CLS as Chromium's web-vitals count it: layout shifts within 1 s of each other and 5 s in all
 * form a session window; CLS is the largest window's sum. Shifts within 500 ms of a person's
 * input (`hadRecentInput`) are not counted; there is none here, nothing is clicked.
 */
async function layoutShift(page) {
  return page.evaluate(
    (deliveredWithinMs) =>
      new Promise((resolve) => {
        const entries = [];
        const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // The buffered entries arrive in a task the browser queues; with no shift there is no
        // callback at all, so the answer is read after a bound, with whatever is still queued.
        setTimeout(() => {
          entries.push(...observer.takeRecords());
          observer.disconnect();
          const shifts = entries.filter((entry) => !entry.hadRecentInput);
          let cls = 0;
          let session = 0;
          let first = 0;
          let last = 0;
          for (const entry of shifts) {
            if (session > 0 && entry.startTime - last < 1000 && entry.startTime - first < 5000) session += entry.value;
            else {
              session = entry.value;
              first = entry.startTime;
            }
            last = entry.startTime;
            cls = Math.max(cls, session);
          }
          // What moved, so a shift can be found: each source's element (or a text's parent), once.
          const describe = (node) => {
            const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
            if (!element?.tagName) return '';
            const classes = [...element.classList].slice(0, 1).map((name) => `.${name}`).join('');
            return `${element.tagName.toLowerCase()}${classes} “${(element.textContent ?? '').trim().slice(0, 30)}”`;
          };
          const moved = [...new Set(shifts.flatMap((entry) => entry.sources.map((source) => describe(source.node))).filter(Boolean))];
          resolve({ cls, shifts: shifts.length, moved });
        }, deliveredWithinMs);
      }),
    SHIFTS_DELIVERED_WITHIN_MS,
  );
}

export async function measureLcp(browser, base, errors, { runs, rate }) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await freshContext(browser, errors);
    try {
      const page = await context.newPage();
      // A first, empty document of the app's origin (answered by Playwright, not the server), so the
      // throttled renderer is the one that then loads the app: a new origin could get a new process.
      const blank = `${base}perf-blank.html`;
      await page.route(blank, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: BLANK_PAGE }));
      await page.goto(blank);
      await page.unroute(blank);
      const session = await devTools(page);
      await throttleCpu(session, rate);
      await page.goto(`${base}#/lan`);
      await waitForCountyList(page);
      await page.waitForTimeout(SETTLE_MS);
      const lcp = await largestContentfulPaint(page);
      if (!lcp) throw new Error('the page reported no largest-contentful-paint');
      results.push({ ...lcp, ...(await layoutShift(page)) });
    } finally {
      await context.close();
    }
  }
  return results;
}
