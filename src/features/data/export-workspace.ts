import type { Instrument } from '../../domain/criteria/instrument';
import { toScoresCsv } from '../../domain/csv/scores-csv';
import { toWorkspaceFile } from '../../domain/workspace/workspace-file';
import type { Workspace } from '../../domain/workspace/workspace';
import { downloadText, isoDate } from '../../lib/download';

/** Downloads the whole workspace as the versioned JSON file that import reads. */
export function downloadWorkspace(instrument: Instrument, workspace: Workspace, now = new Date()): void {
  const file = toWorkspaceFile(workspace, instrument, now);
  downloadText(`lansinventering-${isoDate(now)}.json`, `${JSON.stringify(file, null, 2)}\n`);
}

/** Downloads the scores and notes in long form, for spreadsheets. */
export function downloadScoresCsv(instrument: Instrument, workspace: Workspace, delimiter: ';' | ',', now = new Date()): void {
  downloadText(`lansinventering-poang-${isoDate(now)}.csv`, toScoresCsv(workspace, instrument, delimiter), 'text/csv');
}
