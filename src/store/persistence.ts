import type { Instrument } from '../domain/criteria/instrument';
import type { Problem } from '../domain/problems';
import { parseWorkspaceFile, toWorkspaceFile } from '../domain/workspace/workspace-file';
import { EMPTY_WORKSPACE, type Workspace } from '../domain/workspace/workspace';
import type { SaveStatusStore } from './save-status-store';
import type { WorkspaceStorage } from './workspace-storage';
import { workspaceOf, type WorkspaceStore } from './workspace-store';

export type RestoreOutcome =
  | { kind: 'empty'; workspace: Workspace }
  | { kind: 'restored'; workspace: Workspace }
  /** Stored data that could not be read: it was kept aside under `keptAs`, never overwritten. */
  | { kind: 'unreadable'; workspace: Workspace; problems: Problem[]; keptAs: string; raw: unknown };

export async function restoreWorkspace(storage: WorkspaceStorage, instrument: Instrument): Promise<RestoreOutcome> {
  const raw = await storage.read();
  if (raw === undefined) return { kind: 'empty', workspace: EMPTY_WORKSPACE };
  const parsed = parseWorkspaceFile(raw, instrument);
  if (parsed.ok) return { kind: 'restored', workspace: parsed.value };
  const keptAs = await storage.keepAside(raw, new Date());
  return { kind: 'unreadable', workspace: EMPTY_WORKSPACE, problems: parsed.problems, keptAs, raw };
}

/**
 * Writes the workspace to storage after every change. Writes never overlap: while one is under
 * way, later changes wait and only the newest is written next. The status says "saved" only when
 * the newest change is on disk.
 */
export function persistChanges(
  store: WorkspaceStore,
  status: SaveStatusStore,
  storage: WorkspaceStorage,
  instrument: Instrument,
): () => void {
  let writing = false;
  let pending = false;

  const flush = async () => {
    writing = true;
    while (pending) {
      pending = false;
      const document = toWorkspaceFile(workspaceOf(store.getState()), instrument, new Date());
      try {
        await storage.write(document);
      } catch (error) {
        status.setState({ kind: 'failed', message: describeWriteError(error) }, true);
        writing = false;
        return;
      }
    }
    writing = false;
    status.setState({ kind: 'saved' }, true);
  };

  return store.subscribe((state, previous) => {
    if (state.assessments === previous.assessments) return;
    pending = true;
    status.setState({ kind: 'saving' }, true);
    if (!writing) void flush();
  });
}

function describeWriteError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'Webbläsarens lagringsutrymme är fullt.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Webbläsaren kunde inte spara (${detail}).`;
}
