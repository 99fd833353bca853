// Whether every replica holds the same value documents at the same revisions, and whether what
// they hold is what was written.
import { createHash } from 'node:crypto';

const VALUES = { startkey: 'v:', endkey: 'v:\uffff' };

/** A digest of id → revision of every value document, and how many there are. */
async function revisionDigest(db) {
  const { rows } = await db.allDocs(VALUES);
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${row.id}\n${row.value.rev}\n`);
  return { count: rows.length, digest: hash.digest('hex') };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const countsOf = (replicas) =>
  // A busy server may drop a poll's request: that poll found no agreement, the next asks again.
  Promise.all(replicas.map(({ db }) => db.info().then((info) => info.doc_count, (error) => error.message)));

/**
 * Polls until every replica holds `expected` value documents with the same revisions, and
 * returns the time (performance.now()) of the poll that found it so. The devices' document
 * counts are asked at every poll, at no cost to the server; the server (a replica marked
 * `remote`) only once every device holds enough, so the polling adds nothing to the load that is
 * measured; the digests only once every count is reached. `onPoll` runs at each poll with the
 * devices' counts. A timeout ends the wait with what each replica held, and `signal` ends it
 * without a word.
 */
export async function waitUntilAgreed(replicas, expected, { intervalMs = 50, timeoutMs, onPoll = () => {}, signal }) {
  const devices = replicas.filter((replica) => !replica.remote);
  const servers = replicas.filter((replica) => replica.remote);
  const deadline = performance.now() + timeoutMs;
  const enough = (count) => count >= expected;
  let held = [];
  let serverHeld = servers.map(() => 'not asked');
  for (;;) {
    signal?.throwIfAborted();
    const at = performance.now();
    onPoll(held);
    held = await countsOf(devices);
    if (held.every(enough)) serverHeld = await countsOf(servers);
    if (held.every(enough) && serverHeld.every(enough)) {
      const digests = await Promise.all(replicas.map(({ db }) => revisionDigest(db).catch(() => ({}))));
      if (digests.every(({ count, digest }) => count === expected && digest === digests[0].digest)) return at;
    }
    if (performance.now() > deadline) {
      const where = [...devices, ...servers].map(({ label }, i) => `${label} ${[...held, ...serverHeld][i]}`).join(', ');
      throw new Error(`the replicas did not agree within ${timeoutMs / 1000} s; documents held: ${where}`);
    }
    await pause(intervalMs);
  }
}

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
 * What a replica holds against what was written (id → body text): missing documents, documents
 * nobody wrote, bodies that differ, and documents in conflict (there should be none: every
 * value is written once, by one user).
 */
export async function contentsAgainst(db, written) {
  const { rows } = await db.allDocs({ ...VALUES, include_docs: true, conflicts: true });
  let missing = written.size - rows.length;
  let unknown = 0;
  let changed = 0;
  let conflicted = 0;
  for (const { id, doc } of rows) {
    const expected = written.get(id);
    if (expected === undefined) {
      unknown += 1;
      missing += 1;
    } else if (bodyText(doc) !== expected) changed += 1;
    if (doc._conflicts?.length) conflicted += 1;
  }
  return { missing, unknown, changed, conflicted };
}
