import { buildInstrument, type Instrument } from '../domain/criteria/instrument';
import { parseCounties, parseCriteria } from '../domain/criteria/parse-criteria';
import type { Problem, Result } from '../domain/problems';
import { persistChanges, restoreWorkspace, type RestoreOutcome } from '../store/persistence';
import { createSaveStatusStore } from '../store/save-status-store';
import type { WorkspaceStorage } from '../store/workspace-storage';
import { createWorkspaceStore } from '../store/workspace-store';
import type { Services } from '../providers/services';

export const CRITERIA_FILE = 'criteria/bilaga1.json';
export const COUNTIES_FILE = 'criteria/counties.json';

export type FileProblems = { file: string; problems: Problem[] };

export type StartOutcome =
  | { kind: 'ready'; services: Services; restore: RestoreOutcome }
  | { kind: 'invalid-files'; files: FileProblems[] };

async function fetchJson(file: string): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(file, { cache: 'no-cache' });
  } catch {
    return { ok: false, problems: [{ path: '(filen)', message: 'kunde inte hämtas (inget nätverk?)' }] };
  }
  if (!response.ok) {
    return { ok: false, problems: [{ path: '(filen)', message: `kunde inte hämtas (HTTP ${response.status})` }] };
  }
  try {
    return { ok: true, value: (await response.json()) as unknown };
  } catch {
    return { ok: false, problems: [{ path: '(filen)', message: 'är inte giltig JSON' }] };
  }
}

export type LoadOutcome = { ok: true; instrument: Instrument } | { ok: false; files: FileProblems[] };

export async function loadInstrument(): Promise<LoadOutcome> {
  const [criteriaJson, countiesJson] = await Promise.all([fetchJson(CRITERIA_FILE), fetchJson(COUNTIES_FILE)]);
  const criteria = criteriaJson.ok ? parseCriteria(criteriaJson.value) : criteriaJson;
  const counties = countiesJson.ok ? parseCounties(countiesJson.value) : countiesJson;
  if (criteria.ok && counties.ok) return { ok: true, instrument: buildInstrument(criteria.value, counties.value) };
  const files: FileProblems[] = [];
  if (!criteria.ok) files.push({ file: CRITERIA_FILE, problems: criteria.problems });
  if (!counties.ok) files.push({ file: COUNTIES_FILE, problems: counties.problems });
  return { ok: false, files };
}

/** Loads and checks the instrument, restores the saved workspace, and starts saving changes. */
export async function start(storage: WorkspaceStorage): Promise<StartOutcome> {
  const loaded = await loadInstrument();
  if (!loaded.ok) return { kind: 'invalid-files', files: loaded.files };
  const { instrument } = loaded;
  const restore = await restoreWorkspace(storage, instrument);
  const workspaceStore = createWorkspaceStore(restore.workspace);
  const saveStatusStore = createSaveStatusStore();
  persistChanges(workspaceStore, saveStatusStore, storage, instrument);
  return { kind: 'ready', services: { instrument, workspaceStore, saveStatusStore }, restore };
}
