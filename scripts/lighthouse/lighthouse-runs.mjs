// Lighthouse's mobile performance audit of the first screen (#/lan), run as its CLI in Debian's
// Chromium (CHROME_PATH; no browser is downloaded), several times. Each run starts a fresh Chrome
// profile, so each is a first visit. Lighthouse's mobile preset simulates a slow 4G network and a
// CPU four times slower than this machine; its figures are estimates from that simulation.
// Shared by `npm run lighthouse` (run.mjs) and `npm run perf`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { median } from '../perf/stats.mjs';
import { ms, plainTable } from '../plain-table.mjs';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless=new --no-sandbox';
const RUN_TIMEOUT_MS = 180_000;

function audit(url, report) {
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--only-categories=performance',
      `--chrome-flags=${CHROME_FLAGS}`,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH }, stdio: 'inherit', timeout: RUN_TIMEOUT_MS },
  );
  if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status ?? run.signal ?? run.error?.message}`);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  if (result.runtimeError) throw new Error(`lighthouse: ${result.runtimeError.code} ${result.runtimeError.message}`);
  const value = (id) => result.audits[id]?.numericValue ?? Number.NaN;
  return {
    version: result.lighthouseVersion,
    benchmarkIndex: result.environment?.benchmarkIndex ?? Number.NaN,
    score: Math.round((result.categories.performance.score ?? Number.NaN) * 100),
    cls: value('cumulative-layout-shift'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    warnings: result.runWarnings ?? [],
  };
}

/**
 * Audits `${appUrl}#/lan` `runs` times, one after the other; the full reports are written to
 * reports/lighthouse-N.json. Returns the runs and their median score.
 */
export function runLighthouse(appUrl, { runs = 3, onRun = () => {} } = {}) {
  mkdirSync('reports', { recursive: true });
  const results = [];
  for (let i = 1; i <= runs; i += 1) {
    onRun(i);
    results.push(audit(`${appUrl}#/lan`, `reports/lighthouse-${i}.json`));
  }
  return { runs: results, score: median(results.map((run) => run.score)) };
}

/** Each run's score, CLS, LCP and TBT, and their medians, with the CPU benchmark index of each run. */
export function printLighthouse({ runs }) {
  const rows = [['mobile, #/lan', 'performance score', 'CLS', 'LCP', 'TBT']];
  runs.forEach((run, i) => rows.push([`run ${i + 1}`, String(run.score), run.cls.toFixed(3), ms(run.lcp), ms(run.tbt)]));
  const middle = (key) => median(runs.map((run) => run[key]));
  rows.push(['median', String(middle('score')), middle('cls').toFixed(3), ms(middle('lcp')), ms(middle('tbt'))]);
  const chrome = spawnSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\nLighthouse ${runs[0]?.version} (mobile preset, simulated throttling), ${chrome}, Lighthouse's CPU benchmark index per run: ${benchmarkIndexes(runs)}; reports in reports/lighthouse-N.json\n`);
  console.log(plainTable(rows));
  const warnings = [...new Set(runs.flatMap((run) => run.warnings))];
  if (warnings.length > 0) console.log(`\nLighthouse warned:\n${warnings.join('\n')}`);
}

/** Lighthouse's CPU benchmark index of each run, comma-separated (a lower index: a busier or slower machine). */
export function benchmarkIndexes(runs) {
  return runs.map((run) => run.benchmarkIndex.toFixed(0)).join(', ');
}
