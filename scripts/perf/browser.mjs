// Debian's Chromium driven by Playwright (no browser is downloaded), with the DevTools protocol
// for CPU throttling, garbage collection and the page's own counters.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const CHROMIUM = '/usr/bin/chromium';
const IN_PAGE = (name) => fileURLToPath(new URL(`./in-page/${name}`, import.meta.url));

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    // As playwright.config.ts: the same browser the browser tests run in.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 60_000,
  });
}

/**
 * A fresh context (its own, empty storage) as the browser tests use: a desktop window, Swedish,
 * with the click probe and the chart watch in every page. Page errors are collected in `errors`.
 */
export async function freshContext(browser, errors) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
  context.setDefaultTimeout(60_000);
  await context.addInitScript({ path: IN_PAGE('click-probe.js') });
  await context.addInitScript({ path: IN_PAGE('chart-watch.js') });
  context.on('page', (page) => watchErrors(page, errors));
  return context;
}

/**
 * A page in a new window of the context, beside the window of its first page: the same storage, so
 * the app's tabs reach each other (BroadcastChannel), as when a person opens a second window.
 * Playwright's `newPage` would add a tab to the first page's window instead.
 */
export async function newWindow(context) {
  const [first] = context.pages();
  if (!first) throw new Error('newWindow needs a page in the context already');
  const session = await context.newCDPSession(first);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.detach();
  const browserSession = await context.browser().newBrowserCDPSession();
  try {
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      browserSession.send('Target.createTarget', { url: 'about:blank', browserContextId: targetInfo.browserContextId, newWindow: true }),
    ]);
    return page;
  } finally {
    await browserSession.detach();
  }
}

function watchErrors(page, errors) {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
}

export async function devTools(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return session;
}

/** 1 = the machine's own speed; 4 = everything on the page's main thread takes four times as long. */
export async function throttleCpu(session, rate) {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** JS heap in use and DOM nodes, after a full garbage collection (twice, to free what the first one only unlinked). */
export async function heapAndNodes(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
}
