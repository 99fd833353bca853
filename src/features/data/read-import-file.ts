import type { Instrument } from '../../domain/criteria/instrument';
import { parseScoresCsv } from '../../domain/csv/scores-csv';
import { ok, type Result } from '../../domain/problems';
import { firstRound } from '../../domain/rounds/round';
import type { Incoming } from '../../domain/workspace/import-plan';
import { EMPTY_WORKSPACE, roundRecordOf, type Workspace } from '../../domain/workspace/workspace';
import { parseWorkspaceFile } from '../../domain/workspace/workspace-file';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const problem = (message: string): Result<Incoming> => ({ ok: false, problems: [{ path: '(filen)', message }] });

/**
 * Reads a chosen file (the JSON workspace file, or scores as CSV) into a workspace, or says what
 * is wrong with it; a CSV's raters are matched to those of `current`. The size is checked before
 * reading. Never throws, never changes anything.
 */
export async function readImportFile(file: File, instrument: Instrument, current: Workspace): Promise<Result<Incoming>> {
  if (file.size > MAX_IMPORT_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return problem(`filen är ${megabytes} MB; högst 5 MB kan importeras`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return problem('filen kunde inte läsas');
  }
  return readImportText(text, file.name, instrument, current);
}

export function readImportText(text: string, fileName: string, instrument: Instrument, current: Workspace = EMPTY_WORKSPACE): Result<Incoming> {
  const looksLikeJson = text.replace(/^\uFEFF/, '').trimStart().startsWith('{');
  if (fileName.toLowerCase().endsWith('.csv') || !looksLikeJson) return parseScoresCsv(text, instrument, current, new Date());
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return problem(`är inte giltig JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  // A file from before rounds is read into a stand-in round here; the preview asks which round it goes into.
  const standIn = firstRound(instrument.criteria.id, new Date());
  const read = parseWorkspaceFile(json, instrument, standIn);
  if (!read.ok) return read;
  const { workspace, version, notes } = read.value;
  if (version === 1) return ok({ kind: 'one-round', scores: { assessments: roundRecordOf(workspace, standIn.id).agreed } });
  return ok({ kind: 'rounds', workspace, ...(notes === undefined ? {} : { notes }) });
}
