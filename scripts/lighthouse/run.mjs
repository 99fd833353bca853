// npm run lighthouse: Lighthouse's mobile performance audit of the first screen (#/lan), served
// by `vite preview`, three times in Debian's Chromium (CHROME_PATH; no browser is downloaded).
// Each run starts a fresh Chrome profile, so each is a first visit. Prints each run's score, the
// median, and CLS, LCP and TBT. Lighthouse's mobile preset simulates a slow 4G network and a CPU
// four times slower than this machine; its figures are estimates from that simulation.
//
// Options: --skip-build (audit the dist/ there is), --port N (or LIGHTHOUSE_PORT), --runs N.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { freePort, startPreview } from '../perf/preview-server.mjs';
import { median } from '../perf/stats.mjs';
import { ms, plainTable } from '../plain-table.mjs';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless=new --no-sandbox';
const RUN_TIMEOUT_MS = 180_000;

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT },
    runs: { type: 'string', default: '3' },
  },
});

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

async function main() {
  if (!args['skip-build']) {
    console.log('== npm run build');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const port = await freePort(args.port ? Number(args.port) : undefined);
  console.log(`== vite preview on port ${port}`);
  const server = await startPreview(port);
  const runs = [];
  try {
    mkdirSync('reports', { recursive: true });
    for (let i = 1; i <= Number(args.runs); i += 1) {
      console.log(`== lighthouse run ${i}`);
      runs.push(audit(`${server.url}#/lan`, `reports/lighthouse-${i}.json`));
    }
  } finally {
    server.stop();
  }

  const rows = [['mobile, #/lan', 'performance score', 'CLS', 'LCP', 'TBT']];
  runs.forEach((run, i) => rows.push([`run ${i + 1}`, String(run.score), run.cls.toFixed(3), ms(run.lcp), ms(run.tbt)]));
  const middle = (key) => median(runs.map((run) => run[key]));
  rows.push(['median', String(middle('score')), middle('cls').toFixed(3), ms(middle('lcp')), ms(middle('tbt'))]);
  const chrome = spawnSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const benchmark = runs.map((run) => run.benchmarkIndex.toFixed(0)).join(', ');
  console.log(`\nLighthouse ${runs[0]?.version} (mobile preset, simulated throttling), ${chrome}, Lighthouse's CPU benchmark index per run: ${benchmark}; reports in reports/lighthouse-N.json\n`);
  console.log(plainTable(rows));
  const warnings = [...new Set(runs.flatMap((run) => run.warnings))];
  if (warnings.length > 0) console.log(`\nLighthouse warned:\n${warnings.join('\n')}`);
}

main().catch((error) => {
  console.error(`lighthouse: could not measure: ${error.message}`);
  process.exitCode = 1;
});
