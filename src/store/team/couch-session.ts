import { teamRoleOf, type TeamRole } from '../../domain/team/team-role';

/** Who the server says is signed in, or why it could not say. */
export type SessionOutcome =
  | { kind: 'signed-in'; user: string; role: TeamRole }
  | { kind: 'not-in-team'; user: string }
  | { kind: 'signed-out' }
  | { kind: 'wrong-password' }
  | { kind: 'no-database' }
  | { kind: 'unreachable'; detail: string };

type UserContext = { name?: string | null; roles?: unknown };

/** Every request sends and receives the session cookie, whether the server is this origin or another. */
function couchFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, credentials: 'include', headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers } });
}

export function serverUrl(server: string, path: string): string {
  return `${server.replace(/\/+$/, '')}/${path}`;
}

function outcomeOf(context: UserContext): SessionOutcome {
  if (typeof context.name !== 'string' || context.name === '') return { kind: 'signed-out' };
  const roles = Array.isArray(context.roles) ? context.roles.filter((role): role is string => typeof role === 'string') : [];
  const role = teamRoleOf(roles);
  return role === null ? { kind: 'not-in-team', user: context.name } : { kind: 'signed-in', user: context.name, role };
}

/**
 * Signs in with CouchDB's cookie session (`POST /_session`) and checks that the user may open
 * the database. The password goes to the server once and is kept nowhere.
 */
export async function signIn(server: string, db: string, user: string, password: string): Promise<SessionOutcome> {
  try {
    const response = await couchFetch(serverUrl(server, '_session'), { method: 'POST', body: JSON.stringify({ name: user, password }) });
    if (response.status === 401) return { kind: 'wrong-password' };
    if (!response.ok) return { kind: 'unreachable', detail: `HTTP ${response.status}` };
    const session = outcomeOf((await response.json()) as UserContext);
    return session.kind === 'signed-in' ? await checkDatabase(server, db, session) : session;
  } catch (error) {
    return { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
}

async function checkDatabase(server: string, db: string, session: SessionOutcome & { kind: 'signed-in' }): Promise<SessionOutcome> {
  const response = await couchFetch(serverUrl(server, encodeURIComponent(db)));
  if (response.status === 404) return { kind: 'no-database' };
  if (response.status === 401 || response.status === 403) return { kind: 'not-in-team', user: session.user };
  return response.ok ? session : { kind: 'unreachable', detail: `HTTP ${response.status}` };
}

/** Who the session cookie signs in now (`GET /_session`). */
export async function currentSession(server: string): Promise<SessionOutcome> {
  try {
    const response = await couchFetch(serverUrl(server, '_session'));
    if (!response.ok) return response.status === 401 ? { kind: 'signed-out' } : { kind: 'unreachable', detail: `HTTP ${response.status}` };
    const body = (await response.json()) as { userCtx?: UserContext };
    return outcomeOf(body.userCtx ?? {});
  } catch (error) {
    return { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Ends the session on the server (`DELETE /_session`); offline, the cookie simply stays until it expires. */
export async function signOut(server: string): Promise<void> {
  try {
    await couchFetch(serverUrl(server, '_session'), { method: 'DELETE' });
  } catch {
    // Offline: nothing to end now; the server's session times out by itself.
  }
}
