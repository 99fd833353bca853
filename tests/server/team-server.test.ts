import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESIGN_DOC_ID, setupTeamDatabase } from '../../scripts/couch/team-database.mjs';
import { readValueDoc, toValueDoc, type ValueDoc } from '../../src/domain/team/value-doc';
import { AGREED, type Change } from '../../src/domain/workspace/changes';
import { basic, OUTSIDER, PASSWORD, ROUND, send, startTeamServer, TEAM_USERS, type TeamServer } from './team-server';

// A team server's rules as the app meets them over HTTP: the database's _security, the
// validate_doc_update that `npm run couch:setup` installs, and CouchDB's session cookie. Where
// pouchdb-server (the stand-in for development) differs from CouchDB 3 in something the app relies
// on, the test says so in its name and expects each server's own answer (docs/deployment.md,
// "Skillnader mot pouchdb-server").

let server: TeamServer;

beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const docPath = (id: string) => `/${server.db}/${encodeURIComponent(id)}`;
const as = (who: string | null, method: string, path: string, body?: unknown) =>
  send(server.url, who === 'admin' ? { authorization: basic(server.admin.name, server.admin.password) } : who, method, path, body);

let tick = 0;
function valueDoc(change: Change, by: string): ValueDoc {
  tick += 1;
  return toValueDoc({ change, stamp: { at: 1_767_225_600_000 + tick, tab: 'server-test' } }, by);
}

const score = (rater: string, statement: string, value: 0 | 1 | 2 | null = 1): Change => ({ field: 'score', round: ROUND, rater, county: '01', statement, value });
const write = (who: string, doc: ValueDoc) => as(who, 'PUT', docPath(doc._id), doc);

const GROUP_CHANGES: [string, Change][] = [
  ['the agreed score', score(AGREED, '2.1', 2)],
  ["an area's level", { field: 'level', round: ROUND, county: '01', area: '1', value: { level: 1, reason: 'Gruppens bedömning' } }],
  ["a county's status", { field: 'status', round: ROUND, county: '01', at: '2026-03-10T09:00:00.000Z', value: 'skickad' }],
  ['a round', { field: 'round', round: '2027', value: { name: '2027', period: '2027', criteria: 'bilaga1-2016', ruleRevision: 2 } }],
];

test('the first setup created the database, its validation, its members and the round', () => {
  const outcomes = Object.fromEntries(server.firstSetup.map(({ what, outcome }) => [what, outcome]));
  expect(outcomes).toMatchObject({
    [`Databasen ${server.db}`]: 'skapad',
    [`Valideringen ${DESIGN_DOC_ID}`]: 'skapad',
    [`Behörigheterna (${server.db}/_security)`]: 'skapad',
    [`Omgången ${ROUND}`]: 'skapad',
  });
});

test('an anonymous request for the team database is refused with 401', async () => {
  const answer = await as(null, 'GET', `/${server.db}`);
  expect(answer.status).toBe(401);
});

test("the server's root refuses an anonymous request on CouchDB (pouchdb-server answers it: a known difference)", async () => {
  const answer = await as(null, 'GET', '/');
  expect(answer.status).toBe(server.couchdb ? 401 : 200);
});

test('the list of databases is refused to a team member on CouchDB (pouchdb-server lists them to anyone: a known difference)', async () => {
  const answer = await as('anna', 'GET', '/_all_dbs');
  // CouchDB 3 shows _all_dbs to server admins only ([chttpd] admin_only_all_dbs, true by default).
  if (server.couchdb) expect([401, 403]).toContain(answer.status);
  else expect(answer.body).toContain(server.db);
});

test('a signed-in user without a team role is refused the team database with 403 on CouchDB (401 on pouchdb-server: a known difference)', async () => {
  const answer = await as(OUTSIDER, 'GET', `/${server.db}`);
  expect(answer.status).toBe(server.couchdb ? 403 : 401);
});

test("a reader reads the team's values, and her own score is refused with 403", async () => {
  expect((await as('lars', 'GET', `/${server.db}/_all_docs`)).status).toBe(200);
  const answer = await write('lars', valueDoc(score('lars', '1.1'), 'lars'));
  expect(answer.status).toBe(403);
  expect(answer.body.reason).toBe('med rollen lasare kan du läsa men inte ändra något');
});

test('a malformed value is refused with 403, and the reason says in Swedish what is wrong where', async () => {
  const doc = { ...valueDoc(score('anna', '1.2'), 'anna'), change: { ...score('anna', '1.2'), value: 3 } };
  const answer = await as('anna', 'PUT', docPath(doc._id), doc);
  expect(answer.status).toBe(403);
  expect(answer.body).toEqual({ error: 'forbidden', reason: 'change.value: ska vara 0, 1 eller 2 eller null' });
});

test("a value written in another person's name is refused with 403", async () => {
  const answer = await write('anna', valueDoc(score('anna', '1.3'), 'bo'));
  expect(answer.status).toBe(403);
  expect(answer.body.reason).toBe('by: ska vara ditt eget användarnamn, "anna"');
});

test("an interviewer's score under another rater is refused with 403", async () => {
  const answer = await write('anna', valueDoc(score('bo', '1.4'), 'anna'));
  expect(answer.status).toBe(403);
  expect(answer.body.reason).toBe('med rollen intervjuare får du inte ändra en annan bedömares värden');
});

test.each(GROUP_CHANGES)('%s written by an interviewer is refused with 403', async (_what, change) => {
  const answer = await write('anna', valueDoc(change, 'anna'));
  expect(answer.status).toBe(403);
});

test.each(GROUP_CHANGES)('%s written by the coordinator is stored: 201', async (_what, change) => {
  const answer = await write('sara', valueDoc(change, 'sara'));
  expect(answer.status).toBe(201);
});

test("an interviewer's own score is stored: 201, and another interviewer reads it", async () => {
  const doc = valueDoc(score('anna', '1.5', 2), 'anna');
  expect((await write('anna', doc)).status).toBe(201);
  const read = await as('bo', 'GET', docPath(doc._id));
  expect(readValueDoc(read.body)?.change).toEqual(doc.change);
});

test("deleting a value you may not write is refused with 403; deleting your own is done", async () => {
  const doc = valueDoc(score('anna', '1.6', 0), 'anna');
  const stored = await write('anna', doc);
  const rev = String(stored.body.rev);
  const byBo = await as('bo', 'DELETE', `${docPath(doc._id)}?rev=${rev}`);
  expect(byBo.status).toBe(403);
  expect(byBo.body.reason).toBe('med rollen intervjuare får du inte ta bort en annan bedömares värden');
  expect((await as('anna', 'DELETE', `${docPath(doc._id)}?rev=${rev}`)).status).toBe(200);
});

test('a design document written by a coordinator is refused: 403 on CouchDB (401 on pouchdb-server: a known difference)', async () => {
  const answer = await as('sara', 'PUT', `/${server.db}/_design/egen`, { language: 'javascript', validate_doc_update: 'function () {}' });
  expect(answer.status).toBe(server.couchdb ? 403 : 401);
});

test('_bulk_docs answers each document in the order sent on CouchDB (pouchdb-server puts the refused first: a known difference)', async () => {
  const own = valueDoc(score('anna', '3.1'), 'anna');
  const others = valueDoc(score('bo', '3.1'), 'anna');
  const alsoOwn = valueDoc(score('anna', '3.2'), 'anna');
  const answer = await as('anna', 'POST', `/${server.db}/_bulk_docs`, { docs: [own, others, alsoOwn] });
  expect(answer.status).toBe(201);
  const results = answer.body as unknown as { id: string; ok?: boolean; error?: string }[];
  const order = server.couchdb ? [own, others, alsoOwn] : [others, own, alsoOwn];
  expect(results.map(({ id }) => id)).toEqual(order.map(({ _id }) => _id));
  expect(results.find(({ id }) => id === others._id)).toMatchObject({ error: 'forbidden' });
  expect(results.filter(({ ok }) => ok)).toHaveLength(2);
});

test('signing in at _session gives a session cookie, and GET /_session with it reports the name and the roles', async () => {
  const signIn = await fetch(`${server.url}/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ name: 'anna', password: PASSWORD('anna') }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^AuthSession=[^;]+;/);
  expect(cookie).toMatch(/; *HttpOnly/i);
  expect(cookie).toMatch(/; *Path=\//);
  const session = await fetch(`${server.url}/_session`, { headers: { Cookie: cookie.split(';')[0] ?? '', Accept: 'application/json' } });
  expect(((await session.json()) as { userCtx: unknown }).userCtx).toEqual({ name: 'anna', roles: ['intervjuare'] });
});

test('the session cookie is SameSite=Strict on CouchDB with deploy/couchdb/local.ini (pouchdb-server sets no SameSite: a known difference)', async () => {
  const signIn = await fetch(`${server.url}/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ name: 'sara', password: PASSWORD('sara') }),
  });
  const cookie = signIn.headers.get('set-cookie') ?? '';
  if (server.couchdb) expect(cookie).toMatch(/; *SameSite=Strict/i);
  else expect(cookie).not.toMatch(/SameSite/i);
});

test('a wrong password at _session is refused with 401', async () => {
  const answer = await send(server.url, null, 'POST', '/_session', { name: 'anna', password: 'fel' });
  expect(answer.status).toBe(401);
});

test('the round the setup wrote is one the app reads', async () => {
  const answer = await as('lars', 'GET', docPath(`v:${ROUND}////round`));
  expect(readValueDoc(answer.body)?.change).toMatchObject({ field: 'round', round: ROUND, value: { name: ROUND, period: ROUND, criteria: 'bilaga1-2016' } });
});

test('the setup run a second time changes nothing', async () => {
  const steps = await setupTeamDatabase({ url: server.url, admin: server.admin, db: server.db, round: ROUND, users: TEAM_USERS });
  expect(steps.filter(({ outcome }) => outcome !== 'finns redan')).toEqual([]);
  expect(steps).toHaveLength(4 + TEAM_USERS.length + 1);
});

test('the setup puts back a validation that was changed, and a user whose role was changed', async () => {
  const design = await as('admin', 'GET', docPath(DESIGN_DOC_ID));
  expect((await as('admin', 'PUT', docPath(DESIGN_DOC_ID), { ...design.body, validate_doc_update: 'function () {}' })).status).toBe(201);
  const lars = await as('admin', 'GET', '/_users/org.couchdb.user:lars');
  expect((await as('admin', 'PUT', '/_users/org.couchdb.user:lars', { ...lars.body, roles: ['samordnare'] })).status).toBe(201);
  const steps = await setupTeamDatabase({ url: server.url, admin: server.admin, db: server.db, users: TEAM_USERS });
  expect(steps.filter(({ outcome }) => outcome !== 'finns redan')).toEqual([
    { what: `Valideringen ${DESIGN_DOC_ID}`, outcome: 'uppdaterad' },
    { what: 'Användaren lars (lasare)', outcome: 'uppdaterad' },
  ]);
  expect((await write('lars', valueDoc(score('lars', '4.1'), 'lars'))).status).toBe(403);
});

test('an update a replicator sends with its own history (new_edits: false) is kept, as CouchDB keeps it (pouchdb-server needs the dev server\'s fix of pouchdb-validation)', async () => {
  const first = valueDoc(score('anna', '5.4', 1), 'anna');
  const created = await write('anna', first);
  expect(created.status).toBe(201);
  const [, firstHash] = String(created.body.rev).split('-');
  const nextHash = '0123456789abcdef0123456789abcdef';
  const next = { ...valueDoc(score('anna', '5.4', 2), 'anna'), _rev: `2-${nextHash}`, _revisions: { start: 2, ids: [nextHash, firstHash] } };
  const sent = await as('anna', 'POST', `/${server.db}/_bulk_docs`, { new_edits: false, docs: [next] });
  expect(sent.status).toBe(201);
  const stored = await as('anna', 'GET', docPath(first._id));
  expect(stored.body).toMatchObject({ _rev: `2-${nextHash}`, change: { value: 2 } });
});
