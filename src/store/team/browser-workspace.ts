import type { Instrument } from '../../domain/criteria/instrument';
import { EMPTY_WORKSPACE, type Workspace } from '../../domain/workspace/workspace';
import { parseWorkspaceFile } from '../../domain/workspace/workspace-file';
import { legacyRoundFor } from '../persistence';
import { createBrowserStorage, type WorkspaceStorage } from '../workspace-storage';

/**
 * The workspace kept in this browser alone, read without changing it, while the app works on a
 * team's copy: for moving it up to the team. Null when it cannot be read (the app without a
 * server shows why, and keeps it aside).
 */
export async function readBrowserWorkspace(instrument: Instrument, storage: WorkspaceStorage = createBrowserStorage()): Promise<Workspace | null> {
  const stored = await storage.read();
  if (stored.document === undefined) return EMPTY_WORKSPACE;
  const parsed = parseWorkspaceFile(stored.document, instrument, legacyRoundFor(instrument, stored.stamps, new Date()));
  return parsed.ok ? parsed.value.workspace : null;
}
