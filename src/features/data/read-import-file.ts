import type { Instrument } from '../../domain/criteria/instrument';
import type { Problem, Result } from '../../domain/problems';
import { parseWorkspaceFile } from '../../domain/workspace/workspace-file';
import type { Workspace } from '../../domain/workspace/workspace';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Reads a chosen file into a workspace, or says what is wrong with it. Never throws. */
export async function readImportFile(file: File, instrument: Instrument): Promise<Result<Workspace>> {
  const problem = (message: string): Result<Workspace> => ({ ok: false, problems: [{ path: '(filen)', message }] satisfies Problem[] });
  if (file.size > MAX_IMPORT_BYTES) return problem(`filen är ${(file.size / 1024 / 1024).toFixed(1)} MB; högst 5 MB kan importeras`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return problem('filen kunde inte läsas');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return problem(`är inte giltig JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseWorkspaceFile(json, instrument);
}
