// CI's bundle check: every budget in .size-limit.js must be met, except one listed in CEILINGS
// there, which may not grow beyond its ceiling; and so must the budget per route
// (route-budget.mjs), measured by a first visit to every route in Chromium. Prints each figure and
// exits 1 when any check fails.
import { spawnSync } from 'node:child_process';
import { CEILINGS } from '../../.size-limit.js';
import { plainTable } from '../plain-table.mjs';
import { measureRoutes } from './measure-routes.mjs';
import { isAccepted, routeTable, routeVerdict, teamLinkLine } from './route-budget.mjs';
import { ROUTES } from './routes.mjs';

const run = spawnSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  throw new Error('size-limit printed no JSON: was the app built?');
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
let failed = 0;
for (const { name, size, sizeLimit, passed } of results) {
  const ceiling = CEILINGS[name];
  const ok = passed || (ceiling !== undefined && size <= ceiling);
  if (!ok) failed += 1;
  const verdict = passed
    ? 'within budget'
    : ceiling === undefined
      ? 'OVER BUDGET'
      : size <= ceiling
        ? `over budget, within the ceiling of ${kB(ceiling)}`
        : `OVER THE CEILING of ${kB(ceiling)}`;
  console.log(`${name}: ${kB(size)} gzip, budget ${kB(sizeLimit)}: ${verdict}`);
}

const port = process.env.SIZE_PORT ? Number(process.env.SIZE_PORT) : undefined;
const routes = await measureRoutes(ROUTES, { port });
console.log('\nJavaScript a first visit downloads, per route (service worker blocked, gzip -9)\n');
console.log(plainTable(routeTable(routes)));
failed += routes.filter((result) => !isAccepted(routeVerdict(result))).length;
const teamLink = teamLinkLine(routes, 'dist');
console.log(`\n${teamLink.text}`);
if (!teamLink.ok) failed += 1;
process.exit(failed === 0 ? 0 : 1);
