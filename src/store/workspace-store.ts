import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Score } from '../domain/score';
import { EMPTY_WORKSPACE, withNote, withScore, type Workspace } from '../domain/workspace/workspace';

/** Raw input only: what the interviewer entered. Everything derived comes from domain functions. */
export type WorkspaceState = Workspace & {
  setScore: (county: string, statement: string, score: Score | null) => void;
  setNote: (county: string, statement: string, note: string) => void;
  replaceWorkspace: (workspace: Workspace) => void;
};

export type WorkspaceStore = StoreApi<WorkspaceState>;

export function createWorkspaceStore(initial: Workspace = EMPTY_WORKSPACE): WorkspaceStore {
  return createStore<WorkspaceState>()((set) => ({
    assessments: initial.assessments,
    setScore: (county, statement, score) => set((state) => withScore(state, county, statement, score)),
    setNote: (county, statement, note) => set((state) => withNote(state, county, statement, note)),
    replaceWorkspace: (workspace) => set({ assessments: workspace.assessments }),
  }));
}

export function workspaceOf(state: WorkspaceState): Workspace {
  return { assessments: state.assessments };
}
