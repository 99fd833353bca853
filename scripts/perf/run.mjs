// npm run perf: builds the app, serves it with `vite preview` and measures it in Debian's Chromium
// (docs/performance.md): score-click latency at 1× and 4× CPU against a bare page, the charts that
// change per click, heap and DOM nodes over many clicks, and LCP of the first screen. Prints plain
// tables with "over budget" markers and exits 0 whatever the figures are; it fails only when it
// could not measure. The server is always stopped.
//
// Options: --skip-build (measure the dist/ there is), --port N (or PERF_PORT), --clicks N (per
// rate, at least 60), --heap-clicks N, --lcp-runs N.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser.mjs';
import { measureScoreClicks } from './measure-clicks.mjs';
import { measureWithFigures } from './measure-figures.mjs';
import { measureLcp } from './measure-lcp.mjs';
import { measureMemory } from './measure-memory.mjs';
import { freePort, startPreview } from './preview-server.mjs';
import { printCharts, printClicks, printLcp, printMemory } from './report.mjs';

const RATES = [1, 4];
const LCP_RATE = 4;
const WHOLE_RUN_TIMEOUT_MS = 30 * 60_000;

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PERF_PORT },
    clicks: { type: 'string', default: '90' },
    'heap-clicks': { type: 'string', default: '1000' },
    'lcp-runs': { type: 'string', default: '3' },
  },
});
const clicks = Number(args.clicks);
const heapClicks = Number(args['heap-clicks']);
const lcpRuns = Number(args['lcp-runs']);

const startedAt = Date.now();
function step(text) {
  console.log(`\n== ${text} (at ${((Date.now() - startedAt) / 1000).toFixed(0)} s)`);
}

function machine(browserVersion) {
  const lscpuModel = (() => {
    try {
      return execFileSync('lscpu', { encoding: 'utf8' }).match(/^Model name:\s*(.+)$/m)?.[1] ?? '';
    } catch {
      return '';
    }
  })();
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  return `${cpus().length} CPUs (${lscpuModel || cpus()[0]?.model}), Chromium ${browserVersion}, Node ${process.version}, ${new Date().toISOString()}, load average ${load}`;
}

async function main() {
  if (!args['skip-build']) {
    step('npm run build');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const port = await freePort(args.port ? Number(args.port) : undefined);
  step(`vite preview on port ${port}`);
  const server = await startPreview(port);
  let browser;
  const watchdog = setTimeout(() => {
    console.error(`perf: stopped after ${WHOLE_RUN_TIMEOUT_MS / 60_000} minutes`);
    server.stop();
    process.exit(1);
  }, WHOLE_RUN_TIMEOUT_MS);
  const errors = [];
  try {
    browser = await launchChromium();
    const header = machine(browser.version());
    step(`score clicks, ${clicks} per CPU rate, app and bare page in alternating blocks`);
    const clickResults = await measureScoreClicks(browser, server.url, errors, { clicks, rates: RATES });
    step(`score clicks with Figur 1–6 open in a second tab, ${clicks} per CPU rate`);
    const figureResults = await measureWithFigures(browser, server.url, errors, { clicks, rates: RATES });
    step(`heap and DOM nodes over ${heapClicks} clicks`);
    const memory = await measureMemory(browser, server.url, errors, { clicks: heapClicks });
    step(`LCP of #/lan at ${LCP_RATE}× CPU, ${lcpRuns} fresh contexts`);
    const lcp = await measureLcp(browser, server.url, errors, { runs: lcpRuns, rate: LCP_RATE });

    console.log(`\nMeasured on ${header}`);
    printClicks(clickResults, figureResults);
    printCharts(figureResults);
    printMemory(memory);
    printLcp(lcp, LCP_RATE);
    step('done');
    console.log(`\nLoad average at the end: ${loadavg().map((value) => value.toFixed(2)).join(' ')} (on ${cpus().length} CPUs; above that, other work shared the machine).`);
    if (errors.length > 0) console.log(`\nErrors in the pages during the run (the figures may not be trustworthy):\n${errors.join('\n')}`);
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    server.stop();
  }
}

if (!(clicks >= 60)) {
  console.error('--clicks must be at least 60');
  process.exit(2);
}
main().catch((error) => {
  console.error(`perf: could not measure: ${error.stack ?? error}`);
  process.exitCode = 1;
});
