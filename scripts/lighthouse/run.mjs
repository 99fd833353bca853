// npm run lighthouse: Lighthouse's mobile performance audit of the first screen (#/lan), served
// by `vite preview`, three times (lighthouse-runs.mjs). Prints each run's score, the median, and
// CLS, LCP and TBT.
//
// Options: --skip-build (audit the dist/ there is), --port N (or LIGHTHOUSE_PORT), --runs N.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { freePort, startPreview } from '../perf/preview-server.mjs';
import { printLighthouse, runLighthouse } from './lighthouse-runs.mjs';

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT },
    runs: { type: 'string', default: '3' },
  },
});

async function main() {
  if (!args['skip-build']) {
    console.log('== npm run build');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const port = await freePort(args.port ? Number(args.port) : undefined);
  console.log(`== vite preview on port ${port}`);
  const server = await startPreview(port);
  let result;
  try {
    result = runLighthouse(server.url, { runs: Number(args.runs), onRun: (i) => console.log(`== lighthouse run ${i}`) });
  } finally {
    server.stop();
  }
  printLighthouse(result);
}

main().catch((error) => {
  console.error(`lighthouse: could not measure: ${error.message}`);
  process.exitCode = 1;
});
