// npm run measure:sync [-- --raters N] [--part live|restart] [--batch-size N] [--timeout S]
//
// How long a team server takes to bring a whole team into agreement: every interviewer (r01…r30)
// and the coordinator write a full round at once (21 counties × 32 statements each) on their own
// device, each synced live with a pouchdb-server; measured until every device and the server hold
// every value at the same revision. Then again with the server stopped after half the writes and
// started again on the data it had. Every value is checked on every replica; a failed check ends
// the run with a non-zero exit code. Timings are printed, never judged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEV_ADMIN, startDevServer } from '../couch/dev-server-process.mjs';
import { setupTeamDatabase } from '../couch/team-database.mjs';
import { startPersistentServer } from './persistent-server.mjs';
import { instrumentIds } from './team-round.mjs';
import { measureTeam, teamUsers } from './team-run.mjs';
import { printFigures } from './team-sync-report.mjs';

const { values: options } = parseArgs({
  options: {
    raters: { type: 'string', default: '30' },
    timeout: { type: 'string', default: '600' },
    part: { type: 'string', default: 'both' },
    // PouchDB's default is 100 documents per batch; an app may choose more.
    'batch-size': { type: 'string' },
  },
});
const batchSize = options['batch-size'] === undefined ? undefined : Number(options['batch-size']);
if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new Error('--batch-size: a whole number above 0');
if (!['both', 'live', 'restart'].includes(options.part)) throw new Error('--part: both, live or restart');
const raters = Number(options.raters);
if (!Number.isInteger(raters) || raters < 1 || raters > 99) throw new Error('--raters: a whole number from 1 to 99');
const timeoutMs = Number(options.timeout) * 1000;

const runStart = performance.now();
const partDone = (name) => process.stderr.write(`[${name} done, ${((performance.now() - runStart) / 1000).toFixed(0)} s into the run]\n`);
const users = teamUsers(raters);
const ids = instrumentIds();
/** The team's database as `npm run couch:setup` makes it: validation, members, users and roles. */
const setUp = (db) => async (url) => {
  await setupTeamDatabase({ url, admin: DEV_ADMIN, db, users });
  return `${url}/${db}`;
};

/** Waits until the server holds at least `count` documents (polled as its admin). */
async function serverHolds(admin, count) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { doc_count: held } = await admin.info();
    if (held >= count) return held;
    if (performance.now() > deadline) throw new Error(`the server held ${held} documents after ${timeoutMs / 1000} s, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The outage: once the server holds half of what the first half of the writes made (so the
 * replication is under way), it is stopped; the devices write the rest while it is away; it is
 * started again on the same data directory and port.
 */
function outage(dataDir, home) {
  return async ({ server, admin, expected, writeRest, usage, requests, say }) => {
    await serverHolds(admin, Math.floor(expected / 4));
    usage.sample();
    const { doc_count: heldAtStop } = await admin.info();
    await server.stop();
    const stoppedAt = performance.now();
    say(`server stopped, holding ${heldAtStop} documents`);
    await writeRest();
    say('the rest written on the devices');
    const restarted = await startPersistentServer({ port: new URL(server.url).port, dir: dataDir, home });
    const restartedAt = performance.now();
    requests.answersFrom(restartedAt);
    const { doc_count: heldAfterRestart } = await admin.info();
    say(`server started again, holding ${heldAfterRestart} documents`);
    return { server: restarted, figures: { heldAtStop, heldAfterRestart, downMs: restartedAt - stoppedAt, restartedAt } };
  };
}

const parts = [];
if (options.part !== 'restart') {
  const live = await measureTeam({
    label: 'live',
    users,
    ids,
    startServer: (port) => startDevServer({ port }),
    setUp: setUp('team-live'),
    timeoutMs,
    batchSize,
  });
  parts.push(['live', live]);
  partDone('live');
}

if (options.part !== 'live') {
  const dataDir = mkdtempSync(join(tmpdir(), 'team-sync-data-'));
  const home = mkdtempSync(join(tmpdir(), 'team-sync-home-'));
  try {
    const restart = await measureTeam({
      label: 'restart',
      users,
      ids,
      startServer: (port) => startPersistentServer({ port, dir: dataDir, home }),
      setUp: setUp('team-restart'),
      interrupt: outage(dataDir, home),
      timeoutMs,
      batchSize,
    });
    if (restart.heldAfterRestart < restart.heldAtStop) {
      restart.checks.push(`the server held ${restart.heldAtStop} documents when stopped and ${restart.heldAfterRestart} after the restart`);
    }
    parts.push(['restart', restart]);
    partDone('restart');
  } finally {
    for (const dir of [dataDir, home]) rmSync(dir, { recursive: true, force: true });
  }
}

printFigures({ raters, batchSize }, parts);
if (parts.some(([, part]) => part.checks.length > 0)) process.exitCode = 1;
