// Whether every replica holds the same value documents at the same revisions, and whether what
// they hold is what was written.
import { createHash } from 'node:crypto';

const VALUES = { startkey: 'v:', endkey: 'v:\uffff' };

/** A document's body with its keys in one order, so two copies compare as text. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !key.startsWith('_'))
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

export function bodyText(doc) {
  return JSON.stringify(canonical(doc));
}

/**
 * One reading of a replica's value documents: a digest of id → revision, and what it holds
 * against what was written (id → body text): documents missing, documents nobody wrote, bodies
 * that differ, documents in conflict (there should be none: every value is written once).
 */
async function readReplica(db, written) {
  const { rows } = await db.allDocs({ ...VALUES, include_docs: true, conflicts: true });
  const hash = createHash('sha256');
  let unknown = 0;
  let changed = 0;
  let conflicted = 0;
  for (const { id, value, doc } of rows) {
    hash.update(`${id}\n${value.rev}\n`);
    const expected = written.get(id);
    if (expected === undefined) unknown += 1;
    else if (bodyText(doc) !== expected) changed += 1;
    if (doc._conflicts?.length) conflicted += 1;
  }
  return { digest: hash.digest('hex'), missing: written.size - (rows.length - unknown), unknown, changed, conflicted };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const countsOf = (replicas) =>
  // A busy server may drop a poll's request: that poll found no agreement, the next asks again.
  Promise.all(replicas.map(({ db }) => db.info().then((info) => info.doc_count, (error) => error.message)));

/**
 * Polls until every replica holds every document (`docCount`: the values written and what the
 * setup put there, such as the design document) and the same revisions of the values; returns
 * the time (performance.now()) of the poll that found it so, and each replica's reading against
 * `written`. The devices' counts are asked at every poll, at no cost to the server; the server
 * (a replica marked `remote`) only once every device has them all, so the polling adds nothing to
 * the load that is measured; the documents are read only once every count is reached. `onPoll`
 * runs at each poll with the devices' counts. A timeout ends the wait with what each replica
 * held, and `signal` ends it without a word.
 */
export async function waitUntilAgreed(replicas, { docCount, written, intervalMs = 50, timeoutMs, onPoll = () => {}, signal }) {
  const devices = replicas.filter((replica) => !replica.remote);
  const servers = replicas.filter((replica) => replica.remote);
  const deadline = performance.now() + timeoutMs;
  const enough = (count) => count >= docCount;
  let held = [];
  let serverHeld = servers.map(() => 'not asked');
  for (;;) {
    signal?.throwIfAborted();
    const at = performance.now();
    onPoll(held);
    held = await countsOf(devices);
    if (held.every(enough)) serverHeld = await countsOf(servers);
    if (held.every(enough) && serverHeld.every(enough)) {
      const readings = [];
      for (const { label, db } of replicas) readings.push({ label, ...(await readReplica(db, written).catch(() => ({}))) });
      if (readings.every(({ digest }) => digest !== undefined && digest === readings[0].digest)) return { at, readings };
    }
    if (performance.now() > deadline) {
      const where = [...devices, ...servers].map(({ label }, i) => `${label} ${[...held, ...serverHeld][i]}`).join(', ');
      throw new Error(`the replicas did not agree within ${timeoutMs / 1000} s; documents held: ${where}`);
    }
    await pause(intervalMs);
  }
}
