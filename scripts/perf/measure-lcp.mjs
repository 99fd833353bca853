// Largest Contentful Paint of the first screen (#/lan) in a fresh context each time (no cache, no
// service worker, no saved data: a first visit), with the CPU throttled from the first byte on.
import { waitForCountyList } from './app-pages.mjs';
import { devTools, freshContext, throttleCpu } from './browser.mjs';

const SETTLE_MS = 2000;
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
      results.push(lcp);
    } finally {
      await context.close();
    }
  }
  return results;
}
