import type { Instrument } from '../domain/criteria/instrument';
import type { Round } from '../domain/rounds/round';
import { diffWorkspaces } from '../domain/workspace/change-lists';
import { changeKey } from '../domain/workspace/changes';
import { parseStampsFile } from '../domain/workspace/stamps-schema';
import { parseWorkspaceFile } from '../domain/workspace/workspace-file';
import type { WorkspaceStorage } from './workspace-storage';
import { workspaceOf, type WorkspaceStore } from './workspace-store';

/**
 * Brings this tab up to date with what other tabs stored, for a tab that may have missed their
 * messages (it was asleep in the background). Values this tab changed later are kept.
 */
export async function catchUpWithStorage(store: WorkspaceStore, storage: WorkspaceStorage, instrument: Instrument, legacyRound: Round): Promise<void> {
  const stored = await storage.read();
  if (stored.document === undefined) return;
  const parsed = parseWorkspaceFile(stored.document, instrument, legacyRound);
  const stamps = parseStampsFile(stored.stamps, legacyRound.id);
  if (!parsed.ok || !stamps.ok) return;
  const changes = diffWorkspaces(workspaceOf(store.getState()), parsed.value.workspace);
  store.getState().applyRemote(
    changes.map((change) => ({ change, stamp: stamps.value[changeKey(change)] ?? { at: 0, tab: '' } })),
  );
}
