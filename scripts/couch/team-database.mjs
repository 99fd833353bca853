// Sets up a team's database on a CouchDB (or pouchdb-server), step by step and idempotently: each
// step reads what is there first and writes only what differs, so running it again changes nothing.
import { readFileSync } from 'node:fs';
import { couchClient, SetupError, unexpected } from './couch-http.mjs';
import { TEAM_ROLES } from './setup-args.mjs';
import { validatorSource } from './validator-source.mjs';

export const DESIGN_DOC_ID = '_design/lansinventering';

/** Members are the team's roles, nobody else; the server's admins need no entry. */
export const TEAM_SECURITY = { admins: { names: [], roles: [] }, members: { names: [], roles: [...TEAM_ROLES] } };

const CRITERIA = JSON.parse(readFileSync(new URL('../../criteria/bilaga1.json', import.meta.url), 'utf8'));

const EXISTS = 'finns redan';
const CREATED = 'skapad';
const UPDATED = 'uppdaterad';

const path = (...parts) => `/${parts.map(encodeURIComponent).join('/')}`;

function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function ensureDatabase(request, name) {
  const answer = await request('PUT', path(name));
  if (answer.status === 201 || answer.status === 202) return CREATED;
  if (answer.status === 412) return EXISTS;
  throw unexpected(`Databasen ${name} kunde inte skapas`, answer);
}

/** Creates the document, or replaces it (keeping its revision) when `differs` says it should. */
async function ensureDocument(request, db, id, wanted, differs) {
  const current = await request('GET', path(db, id));
  if (current.status !== 200 && current.status !== 404) throw unexpected(`${id} i ${db} kunde inte läsas`, current);
  if (current.status === 200 && !differs(current.body)) return EXISTS;
  const body = current.status === 200 ? { ...wanted, _rev: current.body._rev } : wanted;
  const written = await request('PUT', path(db, id), body);
  if (written.status !== 201 && written.status !== 202) throw unexpected(`${id} i ${db} kunde inte skrivas`, written);
  return current.status === 200 ? UPDATED : CREATED;
}

async function ensureSecurity(request, db) {
  const current = await request('GET', path(db, '_security'));
  if (current.status !== 200) throw unexpected(`Behörigheterna för ${db} kunde inte läsas`, current);
  if (sameJson(current.body, TEAM_SECURITY)) return EXISTS;
  const written = await request('PUT', path(db, '_security'), TEAM_SECURITY);
  if (written.status !== 200) throw unexpected(`Behörigheterna för ${db} kunde inte skrivas`, written);
  return Object.keys(current.body ?? {}).length === 0 ? CREATED : UPDATED;
}

/** Whether the user can sign in with this password: the only way to compare a stored one. */
async function signsIn(url, { name, password }) {
  const response = await fetch(`${url.replace(/\/+$/, '')}/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  return response.ok;
}

async function ensureUser(request, url, { name, password, role }) {
  const id = `org.couchdb.user:${name}`;
  const current = await request('GET', path('_users', id));
  if (current.status !== 200 && current.status !== 404) throw unexpected(`Användaren ${name} kunde inte läsas`, current);
  if (current.status === 200 && sameJson(current.body.roles, [role]) && (await signsIn(url, { name, password }))) return EXISTS;
  const base = current.status === 200 ? current.body : { _id: id };
  const written = await request('PUT', path('_users', id), { ...base, name, type: 'user', roles: [role], password });
  if (written.status !== 201 && written.status !== 202) throw unexpected(`Användaren ${name} kunde inte skrivas`, written);
  return current.status === 200 ? UPDATED : CREATED;
}

/**
 * The round as the app makes its first one (firstRound in src/domain/rounds/round.ts): named by
 * its id, its period that year (or this year when the id is no year), rated with the criteria's
 * current revision of the rule.
 */
function roundValueDoc(round, by, today = new Date()) {
  const period = /^\d{4}$/.test(round) ? round : String(today.getFullYear());
  const change = { field: 'round', round, value: { name: round, period, criteria: CRITERIA.id, ruleRevision: CRITERIA.revision } };
  return { _id: `v:${round}////round`, type: 'value', version: 1, change, at: today.getTime(), tab: 'couch-setup', by };
}

async function ensureRound(request, db, doc) {
  const current = await request('GET', path(db, doc._id));
  if (current.status === 200) return EXISTS;
  if (current.status !== 404) throw unexpected(`Omgången i ${db} kunde inte läsas`, current);
  const written = await request('PUT', path(db, doc._id), doc);
  if (written.status !== 201 && written.status !== 202) throw unexpected(`Omgången kunde inte skrivas i ${db}`, written);
  return CREATED;
}

/**
 * Runs every step against the server and tells `report` each one's outcome as it is done:
 * { what, outcome } with outcome 'finns redan', 'skapad' or 'uppdaterad'. Returns them all.
 */
export async function setupTeamDatabase({ url, admin, db, round, users = [], today = new Date() }, report = () => {}) {
  const request = couchClient(url, admin);
  const steps = [];
  const step = async (what, run) => {
    const outcome = await run();
    steps.push({ what, outcome });
    report({ what, outcome });
  };

  const session = await request('GET', '/_session');
  if (session.status !== 200) throw unexpected('Inloggningen kunde inte kontrolleras', session);
  if (!session.body.userCtx?.roles?.includes('_admin')) throw new SetupError(`${admin.name} är inte administratör för servern, och bara en administratör kan sätta upp teamets databas.`);

  // CouchDB 3 makes _users at start only with [couchdb] single_node = true; pouchdb-server always has it.
  await step('Databasen _users', () => ensureDatabase(request, '_users'));
  await step(`Databasen ${db}`, () => ensureDatabase(request, db));
  const design = { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validatorSource() };
  await step(`Valideringen ${DESIGN_DOC_ID}`, () =>
    ensureDocument(request, db, DESIGN_DOC_ID, design, (current) => current.validate_doc_update !== design.validate_doc_update || current.language !== design.language),
  );
  await step(`Behörigheterna (${db}/_security)`, () => ensureSecurity(request, db));
  for (const user of users) await step(`Användaren ${user.name} (${user.role})`, () => ensureUser(request, url, user));
  if (round !== undefined) await step(`Omgången ${round}`, () => ensureRound(request, db, roundValueDoc(round, admin.name, today)));
  return steps;
}
