import type { Instrument } from '../domain/criteria/instrument';
import type { Workspace } from '../domain/workspace/workspace';
import { toWorkspaceFile } from '../domain/workspace/workspace-file';
import { downloadText, isoDate } from '../lib/download';

/** Downloads the whole workspace as the versioned JSON file that import reads. */
export function downloadWorkspace(instrument: Instrument, workspace: Workspace, now = new Date()): void {
  const file = toWorkspaceFile(workspace, instrument, now);
  downloadText(`lansinventering-${isoDate(now)}.json`, `${JSON.stringify(file, null, 2)}\n`);
}
