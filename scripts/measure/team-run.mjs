// One measured run of a team: users and devices set up, everyone writing a full round at once,
// then waiting until every replica and the server agree, and checking what they hold.
import { freePort } from '../perf/preview-server.mjs';
import { processUsage, serverPidOnPort } from './process-usage.mjs';
import { bodyText, waitUntilAgreed } from './replica-agreement.mjs';
import { adminView, countingFetch, startClient, unhandledFetchFailures } from './team-clients.mjs';
import { countyBatch } from './team-round.mjs';

/** A line on stderr while the run goes on, so a long wait shows where it is. */
function progress(label, start, admin) {
  let lastPoll = 0;
  const say = (text) => process.stderr.write(`[${label} ${((performance.now() - start()) / 1000).toFixed(1)} s] ${text}\n`);
  return {
    say,
    /** At most every 5 s: the fewest and most documents a device holds, and the server's count. */
    poll: (held) => {
      if (held.length === 0 || performance.now() - lastPoll < 5000) return;
      lastPoll = performance.now();
      const devices = `devices hold ${Math.min(...held)}–${Math.max(...held)} documents`;
      admin.info().then(
        (info) => say(`${devices}, the server ${info.doc_count}`),
        (error) => say(`${devices}, the server does not answer (${error.message})`),
      );
    },
  };
}

/**
 * Waits as `wait(signal)` does, unless the server ends meanwhile (killed from outside): then the
 * wait is told to stop and this fails at once, saying how the server ended.
 */
async function untilServerEnds(server, wait) {
  const stop = new AbortController();
  const ended = server.exited.then((how) => {
    if (stop.signal.aborted) return;
    stop.abort();
    throw new Error(`the server ended by itself (${how}) while the devices waited for it`);
  });
  try {
    return await Promise.race([wait(stop.signal), ended]);
  } finally {
    stop.abort();
  }
}

/** r01…rNN as interviewers and one coordinator, each with a password of their own. */
export function teamUsers(raters) {
  const interviewers = Array.from({ length: raters }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);
  return [
    ...interviewers.map((name) => ({ name, password: `losen-${name}`, role: 'intervjuare' })),
    { name: 'samordnare', password: 'losen-samordnare', role: 'samordnare' },
  ];
}

/**
 * Writes a user's scores for these counties into their device, one county per batch, and keeps
 * what was written (id → body) to check the replicas against.
 */
async function writeCounties(client, user, counties, statements, written) {
  for (const county of counties) {
    const docs = countyBatch(statements, county, user.name, { agreed: user.role === 'samordnare' });
    for (const doc of docs) written.set(doc._id, bodyText(doc));
    const results = await client.local.bulkDocs(docs);
    const failed = results.filter((result) => !result.ok);
    if (failed.length > 0) throw new Error(`${user.name}, county ${county}: ${failed.length} documents not saved locally`);
  }
}

/**
 * Measures one team on a server that `startServer` starts (and may start again) and `setUp`
 * prepares. `interrupt`, when given, runs after the first half of the counties is written and
 * before the second: it may stop the server and must hand back the one to wait for.
 */
export async function measureTeam({ label, users, ids, startServer, setUp, interrupt, timeoutMs, batchSize }) {
  const port = await freePort();
  const usage = processUsage();
  let server = await startServer(port);
  usage.watchServer(server.pid ?? serverPidOnPort(port));
  const databaseUrl = await setUp(server.url);
  const admin = adminView(databaseUrl);
  // What the setup put in the database (its design document): the devices replicate it too.
  const { doc_count: setUpDocs } = await admin.info();
  const requests = countingFetch(databaseUrl);
  const clients = users.map((user) =>
    startClient({ name: `${label}-${user.name}`, user: user.name, password: user.password, databaseUrl, fetch: requests.fetchFor(user.name), batchSize }),
  );
  const written = new Map();
  const expected = users.length * ids.counties.length * ids.statements.length;
  const half = Math.ceil(ids.counties.length / 2);
  const writeAll = (counties) => Promise.all(users.map((user, i) => writeCounties(clients[i], user, counties, ids.statements, written)));

  const replicas = [...clients.map((client) => ({ label: client.user, db: client.local })), { label: 'server', db: admin, remote: true }];
  const figures = { label, replicas: replicas.length, docs: expected, checks: [] };
  const strayBefore = unhandledFetchFailures();
  let start = performance.now();
  const log = progress(label, () => start, admin);
  try {
    usage.startCpuClock();
    start = performance.now();
    if (interrupt) {
      await writeAll(ids.counties.slice(0, half));
      const outage = await interrupt({ server, admin, expected, writeRest: () => writeAll(ids.counties.slice(half)), usage, requests, say: log.say });
      server = outage.server;
      usage.watchServer(server.pid ?? serverPidOnPort(port));
      Object.assign(figures, outage.figures);
    } else {
      await writeAll(ids.counties);
    }
    figures.writtenMs = performance.now() - start;
    log.say('all written on the devices');
    // CPU time as it was when the poll that found agreement began, before it read every replica.
    let cpuAtPoll;
    const onPoll = (held) => {
      cpuAtPoll = usage.cpu();
      log.poll(held);
    };
    const docCount = expected + setUpDocs;
    const wait = (signal) => waitUntilAgreed(replicas, { docCount, written, timeoutMs, onPoll, signal });
    const { at: agreedAt, readings } = await untilServerEnds(server, wait);
    log.say('all agree, every value read on every replica');
    Object.assign(figures, cpuAtPoll);
    figures.agreeMs = agreedAt - start;
    if (figures.restartedAt !== undefined) {
      figures.agreeAfterRestartMs = agreedAt - figures.restartedAt;
      const again = requests.answeredAgain();
      figures.reconnectMs = again.devices === clients.length ? again.lastMs : undefined;
    }
    figures.checks = checks(readings, written, expected);
  } catch (error) {
    figures.checks = [error instanceof Error ? error.message : String(error)];
  } finally {
    figures.checks.push(...clients.flatMap((client) => client.problems()));
    figures.requests = requests.total();
    figures.requestsByKind = requests.byKind();
    figures.unanswered = requests.unanswered();
    figures.unansweredByCause = requests.unansweredByCause();
    figures.unhandled = unhandledFetchFailures() - strayBefore;
    usage.sample();
    await Promise.all(clients.map((client) => client.stop()));
    await admin.close();
    await server.stop();
    log.say('devices and server stopped');
  }
  Object.assign(figures, usage.peaks());
  return figures;
}

/** Every replica holds every value as written, nothing more, in no conflict. */
function checks(readings, written, expected) {
  const failures = [];
  if (written.size !== expected) failures.push(`${written.size} values written, ${expected} planned`);
  for (const { label, missing, unknown, changed, conflicted } of readings) {
    if (missing + unknown + changed + conflicted > 0) {
      failures.push(`${label}: ${missing} missing, ${unknown} not written by anyone, ${changed} changed, ${conflicted} in conflict`);
    }
  }
  return failures;
}
