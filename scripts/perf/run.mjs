// npm run perf: builds the app, serves it with `vite preview` and measures it in Debian's Chromium
// (docs/performance.md): score-click latency at 1× and 4× CPU against a bare page, on the scoring
// page and on the reconciliation view with three raters; the charts that change per click; heap
// and DOM nodes over many clicks; LCP and CLS of the first screen; a full round synced from a
// team server into a fresh browser; Lighthouse's mobile score. Each part's table is printed as
// soon as it is measured, and a "Budget" block at the end gives every line of the budget measured
// here with its figure and "ok" or "over budget". Exits 0 whatever the figures are, 1 when a part
// could not measure. The servers are always stopped.
//
// Options: --skip-build (measure the dist/ there is), --port N (or PERF_PORT; the sync's own
// servers then take N+1 and N+2), --part NAME (repeatable or comma-separated: clicks, reconcile,
// figures, memory, lcp, sync, lighthouse; all by default), --skip-sync, --skip-lighthouse,
// --clicks N (per rate, at least 60), --heap-clicks N, --lcp-runs N, --lighthouse-runs N.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { printLighthouse, runLighthouse } from '../lighthouse/lighthouse-runs.mjs';
import { measureBrowserSync } from '../measure/browser-sync.mjs';
import { CLICKED_PAGES } from './app-pages.mjs';
import { launchChromium } from './browser.mjs';
import { printBudgetSummary } from './budget-summary.mjs';
import { measureScoreClicks } from './measure-clicks.mjs';
import { measureWithFigures } from './measure-figures.mjs';
import { measureLcp } from './measure-lcp.mjs';
import { measureMemory } from './measure-memory.mjs';
import { freePort, startPreview } from './preview-server.mjs';
import { printClicks, printFigures, printLcp, printMemory, printSync } from './report.mjs';

const RATES = [1, 4];
const LCP_RATE = 4;
const WHOLE_RUN_TIMEOUT_MS = 30 * 60_000;
const PARTS = ['clicks', 'reconcile', 'figures', 'memory', 'lcp', 'sync', 'lighthouse'];
const BROWSER_PARTS = ['clicks', 'reconcile', 'figures', 'memory', 'lcp', 'sync'];

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PERF_PORT },
    part: { type: 'string', multiple: true },
    'skip-sync': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    clicks: { type: 'string', default: '90' },
    'heap-clicks': { type: 'string', default: '1000' },
    'lcp-runs': { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '3' },
  },
});
const clicks = Number(args.clicks);
const heapClicks = Number(args['heap-clicks']);
const lcpRuns = Number(args['lcp-runs']);
const lighthouseRuns = Number(args['lighthouse-runs']);
const asked = args.part?.flatMap((part) => part.split(',')).map((part) => part.trim()) ?? PARTS;
const parts = PARTS.filter((part) => asked.includes(part) && !(part === 'sync' && args['skip-sync']) && !(part === 'lighthouse' && args['skip-lighthouse']));

const startedAt = Date.now();
function step(text) {
  console.log(`\n== ${text} (at ${((Date.now() - startedAt) / 1000).toFixed(0)} s)`);
}

const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(' ');

function machine(browserVersion) {
  const lscpuModel = (() => {
    try {
      return execFileSync('lscpu', { encoding: 'utf8' }).match(/^Model name:\s*(.+)$/m)?.[1] ?? '';
    } catch {
      return '';
    }
  })();
  return `${cpus().length} CPUs (${lscpuModel || cpus()[0]?.model}), Chromium ${browserVersion}, Node ${process.version}, ${new Date().toISOString()}, load average ${loadAverage()}`;
}

/** Runs one part when it was asked for, prints its table, and keeps its result or its error. */
async function part(results, name, title, measure, print) {
  if (!parts.includes(name)) return;
  step(title);
  try {
    const result = await measure();
    results[name] = { result };
    print(result);
  } catch (error) {
    results[name] = { error: error.message.split('\n')[0] };
    console.error(`perf: ${name} could not measure: ${error.stack ?? error}`);
  }
}

async function main() {
  const load = { start: loadAverage(), cpus: cpus().length };
  if (!args['skip-build']) {
    step('npm run build');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const wantedPort = args.port ? Number(args.port) : undefined;
  const port = await freePort(wantedPort);
  step(`vite preview on port ${port}; parts: ${parts.join(', ')}`);
  const server = await startPreview(port);
  let browser;
  const watchdog = setTimeout(() => {
    console.error(`perf: stopped after ${WHOLE_RUN_TIMEOUT_MS / 60_000} minutes`);
    server.stop();
    process.exit(1);
  }, WHOLE_RUN_TIMEOUT_MS);
  const errors = [];
  const results = {};
  try {
    if (parts.some((name) => BROWSER_PARTS.includes(name))) {
      browser = await launchChromium();
      console.log(`\nMeasured on ${machine(browser.version())}`);
    }
    const options = { clicks, rates: RATES };
    for (const name of ['clicks', 'reconcile']) {
      const target = CLICKED_PAGES[name === 'clicks' ? 'scoring' : 'reconcile'];
      await part(
        results,
        name,
        `score clicks on the ${target.name} ${target.path}, ${clicks} per CPU rate, beside the bare page in alternating blocks`,
        () => measureScoreClicks(browser, server.url, errors, { ...options, target }),
        (result) => printClicks(target, result),
      );
    }
    await part(results, 'figures', `score clicks with Figur 1–6 open in a second window, ${clicks} per CPU rate`, () => measureWithFigures(browser, server.url, errors, options), printFigures);
    await part(results, 'memory', `heap and DOM nodes over ${heapClicks} clicks`, () => measureMemory(browser, server.url, errors, { clicks: heapClicks }), printMemory);
    await part(results, 'lcp', `LCP and CLS of #/lan at ${LCP_RATE}× CPU, ${lcpRuns} fresh contexts`, () => measureLcp(browser, server.url, errors, { runs: lcpRuns, rate: LCP_RATE }), (result) => printLcp(result, LCP_RATE));
    await part(
      results,
      'sync',
      'a full round from a team server into a fresh browser (pouchdb-server and a vite preview of its own)',
      () => measureBrowserSync(browser, { runs: 1, previewPort: wantedPort && wantedPort + 1, couchPort: wantedPort && wantedPort + 2 }),
      printSync,
    );
    // Lighthouse starts a Chromium of its own; the measuring one is closed, so it shares no CPU.
    await browser?.close();
    browser = undefined;
    await part(results, 'lighthouse', `Lighthouse mobile, ${lighthouseRuns} runs`, async () => runLighthouse(server.url, { runs: lighthouseRuns }), printLighthouse);

    step('done');
    printBudgetSummary(results, CLICKED_PAGES, { ...load, end: loadAverage() });
    console.log(`\nAbove ${cpus().length} in the load average, other work shared the machine: the milliseconds are inflated, the ratios less so.`);
    if (errors.length > 0) console.log(`\nErrors in the pages during the run (the figures may not be trustworthy):\n${errors.join('\n')}`);
    if (Object.values(results).some((result) => result.error)) process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    server.stop();
  }
}

const unknown = asked.filter((name) => !PARTS.includes(name));
if (unknown.length > 0) {
  console.error(`--part: unknown ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}`);
  process.exit(2);
}
if (!(clicks >= 60)) {
  console.error('--clicks must be at least 60');
  process.exit(2);
}
main().catch((error) => {
  console.error(`perf: could not measure: ${error.stack ?? error}`);
  process.exitCode = 1;
});
