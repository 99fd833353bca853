import type { TeamRole } from '../../domain/team/team-role';

/**
 * Which team server this browser works with, kept in localStorage so the app starts in team mode
 * offline too: the address, the database, the user name and the role last reported. Never the
 * password: the server's session cookie signs requests in.
 */
export type TeamConfig = { server: string; db: string; user: string; role: TeamRole };

const KEY = 'lansinventering-team';
const ROLES: readonly string[] = ['intervjuare', 'samordnare', 'lasare'];

/** Checked by hand rather than by zod: the entry reads it before anything else is loaded. */
export function readTeamConfig(local: Storage | null = safeLocalStorage()): TeamConfig | null {
  try {
    const value = JSON.parse(local?.getItem(KEY) ?? 'null') as Partial<Record<keyof TeamConfig, unknown>> | null;
    if (!value || typeof value !== 'object') return null;
    const { server, db, user, role } = value;
    if (typeof server !== 'string' || typeof db !== 'string' || typeof user !== 'string' || typeof role !== 'string') return null;
    return ROLES.includes(role) ? { server, db, user, role: role as TeamRole } : null;
  } catch {
    return null;
  }
}

export function writeTeamConfig(config: TeamConfig | null, local: Storage | null = safeLocalStorage()): void {
  if (config === null) local?.removeItem(KEY);
  else local?.setItem(KEY, JSON.stringify(config));
}

/** The names a team's local copy is kept under: its own IndexedDB, journals and tab channel. */
export function teamStorageNames(config: TeamConfig): { database: string; pendingPrefix: string; channel: string } {
  const name = `lansinventering-team-${encodeURIComponent(`${config.server}/${config.db}`)}`;
  return { database: name, pendingPrefix: `${name}-ej-sparat-`, channel: name };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
