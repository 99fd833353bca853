// The team's devices: each an in-memory PouchDB kept in step with the server by a live two-way
// replication under its user's name, as the app keeps a browser's database in step.
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import { DEV_ADMIN } from '../couch/dev-server-process.mjs';

PouchDB.plugin(memory).plugin(http).plugin(replication);

let strayRejections = 0;
/**
 * pouchdb-replication 9.0.0 asks the source for its info after every batch (for its list of active
 * tasks) and catches nothing: when the server is away at that moment, the rejection is unhandled,
 * which in Node ends the process (a browser only logs it). Such a rejection, a fetch that found no
 * server, is counted; any other still ends the run.
 */
process.on('unhandledRejection', (error) => {
  if (error instanceof TypeError && error.message === 'fetch failed') strayRejections += 1;
  else throw error;
});
export const unhandledFetchFailures = () => strayRejections;

/** What a request to the database asks for: `_changes`, `_bulk_get`, `_local` (checkpoints)… */
function kindOf(url, databaseUrl) {
  const rest = new URL(url).pathname.slice(new URL(databaseUrl).pathname.length).replace(/^\//, '');
  if (rest === '') return 'database info';
  return rest.split('/')[0];
}

/**
 * Fetches for the http adapter, one per device, that count what they send, by kind, and the
 * requests that found no server; after `answersFrom(time)` they note when each device was first
 * answered again. Node's own fetch: a browser's is what the app uses, and this is the nearest.
 */
export function countingFetch(databaseUrl) {
  const counts = new Map();
  const failures = new Map();
  let since = Infinity;
  const firstAnswers = new Map();
  const fetchFor = (device) => async (url, options) => {
    const kind = kindOf(url, databaseUrl);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    try {
      const response = await fetch(url, options);
      const now = performance.now();
      if (now >= since && !firstAnswers.has(device)) firstAnswers.set(device, now);
      return response;
    } catch (error) {
      // Node's fetch says "fetch failed"; the cause says why (ECONNREFUSED, other side closed…).
      const { code, message } = error?.cause ?? {};
      const why = code && message && !message.includes(code) ? `${code} (${message})` : (code ?? message ?? String(error));
      failures.set(why, (failures.get(why) ?? 0) + 1);
      throw error;
    }
  };
  const sorted = (map) => new Map([...map].sort(([, a], [, b]) => b - a));
  return {
    fetchFor,
    total: () => [...counts.values()].reduce((sum, count) => sum + count, 0),
    byKind: () => sorted(counts),
    unanswered: () => [...failures.values()].reduce((sum, count) => sum + count, 0),
    /** The requests that got no answer, by what Node's fetch gave as the cause. */
    unansweredByCause: () => sorted(failures),
    answersFrom: (time) => {
      since = time;
      firstAnswers.clear();
    },
    /** How many devices were answered since `answersFrom`, and when the last of them first was (ms after). */
    answeredAgain: () => ({ devices: firstAnswers.size, lastMs: Math.max(...[...firstAnswers.values()].map((at) => at - since)) }),
  };
}

/** The server's database as its admin sees it, for reading what the server holds. */
export function adminView(databaseUrl) {
  return new PouchDB(databaseUrl, { auth: { username: DEV_ADMIN.name, password: DEV_ADMIN.password }, fetch: (url, options) => fetch(url, options), skip_setup: true });
}

/**
 * One device: its own database, synced live with the server's; `retry` keeps trying while the
 * server is away. Refusals and errors are kept, so the run can say which device met them.
 */
export function startClient({ name, user, password, databaseUrl, fetch, batchSize }) {
  const local = new PouchDB(name, { adapter: 'memory' });
  const remote = new PouchDB(databaseUrl, { auth: { username: user, password }, fetch, skip_setup: true });
  const sync = local.sync(remote, { live: true, retry: true, ...(batchSize ? { batch_size: batchSize } : {}) });
  const refused = [];
  const errors = [];
  // A sync reports a refusal as { direction, doc: the error, with the document's id and the reason }.
  sync.on('denied', ({ doc: error }) => refused.push(`${error?.id ?? '?'} (${error?.reason ?? error?.message ?? ''})`));
  sync.on('error', (error) => errors.push(error?.message ?? String(error)));
  const ended = new Promise((resolve) => sync.on('complete', resolve));
  return {
    user,
    local,
    /** What went wrong for this device: documents the server refused, replication that gave up. */
    problems: () => [
      ...(refused.length > 0 ? [`${user}: the server refused ${refused.length} documents, the first ${refused[0]}`] : []),
      ...errors.map((message) => `${user}: replication ended: ${message}`),
    ],
    stop: async () => {
      sync.cancel();
      await ended;
      await remote.close();
      await local.destroy();
    },
  };
}
