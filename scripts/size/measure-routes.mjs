// What a first visit to each route downloads: a fresh browser context (empty cache and storage,
// the service worker blocked, so every file comes over the network), the route opened, its
// heading drawn and the network quiet; then gzip -9 of every JavaScript file it fetched, read
// from dist/ as size-limit reads it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../perf/browser.mjs';
import { freePort, startPreview } from '../perf/preview-server.mjs';

const DIST = 'dist';

async function visit(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'sv-SE', viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const files = new Set();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) files.add(path);
  });
  try {
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Pages load parts of themselves after the first render (charts, folded sections' code);
    // those count, so the visit lasts until nothing has been fetched for a while.
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  return [...files].map((path) => ({ path, gzip: gzipSync(readFileSync(DIST + path), { level: 9 }).length }));
}

/** For each route: the files a first visit fetched and their gzip sizes. Serves dist/ itself. */
export async function measureRoutes(routes, { port } = {}) {
  const server = await startPreview(await freePort(port));
  const browser = await launchChromium();
  try {
    const results = [];
    for (const route of routes) {
      const files = await visit(browser, server.url + route);
      results.push({ route, files, gzip: files.reduce((sum, file) => sum + file.gzip, 0) });
    }
    return results;
  } finally {
    await browser.close();
    server.stop();
  }
}
