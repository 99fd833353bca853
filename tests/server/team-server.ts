import { startDevServer } from '../../scripts/couch/dev-server-process.mjs';
import { setupTeamDatabase, type SetupStep } from '../../scripts/couch/team-database.mjs';

/**
 * The server the tests run against: pouchdb-server in memory, started for the file, or, when
 * COUCHDB_URL and COUCHDB_ADMIN (name:password) are given, a real CouchDB 3 set up with
 * deploy/couchdb/local.ini, in a database of its own that is deleted afterwards. Use a server
 * kept for tests: the team's users (anna, bo, sara, lars, utan) are written to its _users.
 */
export type TeamServer = {
  url: string;
  db: string;
  /** A real CouchDB, not pouchdb-server: the tests that differ say which they expect. */
  couchdb: boolean;
  admin: { name: string; password: string };
  firstSetup: SetupStep[];
  stop(): Promise<void>;
};

export const PASSWORD = (name: string) => `${name}-lösenord-1`;
export const TEAM_USERS = [
  { name: 'anna', role: 'intervjuare' },
  { name: 'bo', role: 'intervjuare' },
  { name: 'sara', role: 'samordnare' },
  { name: 'lars', role: 'lasare' },
].map((user) => ({ ...user, password: PASSWORD(user.name) }));
/** A user of the server who is in no team role. */
export const OUTSIDER = 'utan';

export const ROUND = '2026';

export function basic(name: string, password = PASSWORD(name)): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

export type Answer = { status: number; body: Record<string, unknown> & { reason?: string }; headers: Headers };

/** One request as `name` (basic authentication), as the admin, or with no credentials (null). */
export async function send(url: string, who: string | { authorization: string } | null, method: string, path: string, body?: unknown): Promise<Answer> {
  const authorization = who === null ? undefined : typeof who === 'string' ? basic(who) : who.authorization;
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(authorization ? { Authorization: authorization } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Answer['body']), headers: response.headers };
}

export async function startTeamServer(): Promise<TeamServer> {
  const given = process.env.COUCHDB_URL;
  const [adminName = '', ...rest] = (process.env.COUCHDB_ADMIN ?? '').split(':');
  const server = given
    ? { url: given.replace(/\/+$/, ''), admin: { name: adminName, password: rest.join(':') }, stop: async () => {} }
    : await startDevServer();
  const db = given ? `lansinventering-test-${Date.now()}` : 'lansinventering';
  const admin = { authorization: basic(server.admin.name, server.admin.password) };
  const firstSetup = await setupTeamDatabase({ url: server.url, admin: server.admin, db, round: ROUND, users: TEAM_USERS });
  const outsider = await send(server.url, admin, 'GET', `/_users/org.couchdb.user:${OUTSIDER}`);
  await send(server.url, admin, 'PUT', `/_users/org.couchdb.user:${OUTSIDER}`, {
    ...(outsider.status === 200 ? outsider.body : {}),
    _id: `org.couchdb.user:${OUTSIDER}`,
    name: OUTSIDER,
    type: 'user',
    roles: [],
    password: PASSWORD(OUTSIDER),
  });
  return {
    url: server.url,
    db,
    couchdb: Boolean(given),
    admin: server.admin,
    firstSetup,
    async stop() {
      if (given) {
        await send(server.url, admin, 'DELETE', `/${db}`);
        for (const name of [...TEAM_USERS.map((user) => user.name), OUTSIDER]) {
          const user = await send(server.url, admin, 'GET', `/_users/org.couchdb.user:${name}`);
          if (user.status === 200) await send(server.url, admin, 'DELETE', `/_users/org.couchdb.user:${name}?rev=${String(user.body._rev)}`);
        }
      }
      await server.stop();
    },
  };
}
