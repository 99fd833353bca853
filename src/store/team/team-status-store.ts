import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Conflict } from '../../domain/team/conflict';
import type { Change } from '../../domain/workspace/changes';

/**
 * How this browser's copy stands with the team server, for the header and `#/team`:
 * - `synced`: everything saved here has reached the server and the server's news is here;
 * - `syncing`: replication is under way;
 * - `offline`: the server cannot be reached; edits are saved here and sent later;
 * - `signed-out`: the session has ended; edits are saved here until the person signs in again.
 */
type SyncState = 'synced' | 'syncing' | 'offline' | 'signed-out';

type TeamStatus = {
  sync: SyncState;
  conflicts: Conflict[];
  /** Edits this person's role does not allow: not applied, the latest shown once. */
  refused: Change[];
  /** Documents the server refused during replication (its rules are the ones that count). */
  denied: number;
};

export type TeamStatusStore = StoreApi<TeamStatus>;

export function createTeamStatusStore(): TeamStatusStore {
  return createStore<TeamStatus>()(() => ({ sync: 'syncing', conflicts: [], refused: [], denied: 0 }));
}
