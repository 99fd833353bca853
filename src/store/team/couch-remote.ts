import PouchDB from 'pouchdb-browser';
import { serverUrl } from './couch-session';
import type { TeamConfig } from './team-config';

type Problem = 'offline' | 'signed-out' | null;

/**
 * The team's database on the server, every request sending the session cookie, and what the
 * server last answered: PouchDB's replication may pause without an error after requests failed,
 * so the status reads the answers themselves.
 */
export function openRemote(config: TeamConfig): { db: PouchDB; stateAfter: (error: { status?: number } | undefined) => 'synced' | 'offline' | 'signed-out' } {
  let lastProblem: Problem = null;
  const db = new PouchDB(serverUrl(config.server, encodeURIComponent(config.db)), {
    skip_setup: true,
    fetch: async (url, init) => {
      try {
        const response = await PouchDB.fetch(url, { ...init, credentials: 'include' });
        if (response.status === 401) lastProblem = 'signed-out';
        else if (response.status < 500) lastProblem = null;
        return response;
      } catch (error) {
        lastProblem = 'offline';
        throw error;
      }
    },
  });
  /**
   * The state after replication pauses or fails: the browser's own word counts first, then the
   * error PouchDB gives, then the server's last answer.
   */
  const stateAfter = (error: { status?: number } | undefined) => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
    if (error) return error.status === 401 ? 'signed-out' : 'offline';
    return lastProblem ?? 'synced';
  };
  return { db, stateAfter };
}
