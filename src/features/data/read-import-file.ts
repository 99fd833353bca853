import type { Instrument } from '../../domain/criteria/instrument';
import { parseScoresCsv } from '../../domain/csv/scores-csv';
import { ok, type Result } from '../../domain/problems';
import { firstRound } from '../../domain/rounds/round';
import type { Incoming } from '../../domain/workspace/import-plan';
import { roundRecordOf } from '../../domain/workspace/workspace';
import { parseWorkspaceFile } from '../../domain/workspace/workspace-file';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const problem = (message: string): Result<Incoming> => ({ ok: false, problems: [{ path: '(filen)', message }] });

/**
 * Reads a chosen file (the JSON workspace file, or scores as CSV) into a workspace, or says what
 * is wrong with it. The size is checked before reading. Never throws, never changes anything.
 */
export async function readImportFile(file: File, instrument: Instrument): Promise<Result<Incoming>> {
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
  return readImportText(text, file.name, instrument);
}

export function readImportText(text: string, fileName: string, instrument: Instrument): Result<Incoming> {
  const looksLikeJson = text.replace(/^\uFEFF/, '').trimStart().startsWith('{');
  if (fileName.toLowerCase().endsWith('.csv') || !looksLikeJson) {
    const csv = parseScoresCsv(text, instrument);
    return csv.ok ? ok({ kind: 'one-round', scores: csv.value }) : csv;
  }
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
  const { workspace, version } = read.value;
  if (version === 1) return ok({ kind: 'one-round', scores: { assessments: roundRecordOf(workspace, standIn.id).agreed } });
  return ok({ kind: 'rounds', workspace });
}
