import { buildInstrument, type Instrument } from '../domain/criteria/instrument';
import { parseCounties, parseCriteria } from '../domain/criteria/parse-criteria';
import type { Problem } from '../domain/problems';
import type { Services } from '../providers/services';
import { catchUpWithStorage } from '../store/catch-up';
import { createSaver, restoreWorkspace, type Unreadable } from '../store/persistence';
import { createSaveStatusStore } from '../store/save-status-store';
import { connectTabs } from '../store/tab-sync';
import { teamStorageNames, type TeamConfig } from '../store/team/team-config';
import type { TeamLink } from '../store/team/team-link';
import type { WorkspaceStorage } from '../store/workspace-storage';
import { createWorkspaceStore } from '../store/workspace-store';
import { COUNTIES_FILE, CRITERIA_FILE, type InstrumentFiles } from './instrument-files';

export type FileProblems = { file: string; problems: Problem[] };

export type StartOutcome =
  | { kind: 'ready'; services: Services; unreadable: Unreadable | null }
  | { kind: 'invalid-files'; files: FileProblems[] };

type LoadOutcome = { ok: true; instrument: Instrument } | { ok: false; files: FileProblems[] };

async function loadInstrument(fetched: Promise<InstrumentFiles>): Promise<LoadOutcome> {
  const { criteria: criteriaJson, counties: countiesJson } = await fetched;
  const criteria = criteriaJson.ok ? parseCriteria(criteriaJson.value) : criteriaJson;
  const counties = countiesJson.ok ? parseCounties(countiesJson.value) : countiesJson;
  if (criteria.ok && counties.ok) return { ok: true, instrument: buildInstrument(criteria.value, counties.value) };
  const files: FileProblems[] = [];
  if (!criteria.ok) files.push({ file: CRITERIA_FILE, problems: criteria.problems });
  if (!counties.ok) files.push({ file: COUNTIES_FILE, problems: counties.problems });
  return { ok: false, files };
}

function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

/**
 * Loads and checks the instrument, restores the saved workspace (with any changes a closed tab
 * had not yet stored), starts saving changes and keeps other open tabs in step. With a team
 * server set up, `storage` is the team's local copy, and the team link (loaded only then) keeps
 * it in step with the server.
 */
export async function start(storage: WorkspaceStorage, files: Promise<InstrumentFiles>, team: TeamConfig | null = null): Promise<StartOutcome> {
  const loaded = await loadInstrument(files);
  if (!loaded.ok) return { kind: 'invalid-files', files: loaded.files };
  const { instrument } = loaded;
  const tab = newTabId();
  const restore = await restoreWorkspace(storage, instrument, tab, new Date(), team === null);
  const saveStatusStore = createSaveStatusStore();
  const saver = createSaver(storage, instrument, saveStatusStore, tab, restore.legacyRound);
  const tabs = connectTabs(tab, (changes) => workspaceStore.getState().applyRemote(changes), team ? teamStorageNames(team).channel : undefined);
  // Made right after the store, which it needs; the store's callbacks reach it through this.
  let link: TeamLink | null = null;
  const teamRules = team ? await import('../domain/team/team-role') : null;
  const workspaceStore = createWorkspaceStore({
    initial: restore.workspace,
    initialStamps: restore.stamps,
    tab,
    onLocalChanges: (changes) => {
      saver.enqueue(changes);
      tabs.post(changes);
      link?.send(changes);
    },
    ...(team && teamRules
      ? {
          mayChange: (change) => teamRules.mayWrite(team.role, team.user, change),
          onRefused: (refused) => link?.status.setState({ refused }),
        }
      : {}),
  });
  // Changes a closed or crashed tab left in its journal (and a fresh workspace's first round) are saved now, under this tab's journal.
  saver.enqueue(restore.replayed);
  for (const key of restore.replayedJournals) storage.removePending(key);

  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void catchUpWithStorage(workspaceStore, storage, instrument, restore.legacyRound);
    });
  }
  void storage.requestPersistence().then((persistent) => saveStatusStore.setState({ persistent }));
  if (team) link = (await import('../store/team/team-link')).connectTeam(team, workspaceStore, saver);

  return {
    kind: 'ready',
    services: { instrument, workspaceStore, saveStatusStore, saver, storage, team: link },
    unreadable: restore.unreadable,
  };
}
