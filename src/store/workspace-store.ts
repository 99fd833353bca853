import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Score } from '../domain/score';
import { changeKey, inverseOf, isNoOp, type Change } from '../domain/workspace/changes';
import { mergeStamped, type Stamp, type StampedChange, type Stamps } from '../domain/workspace/stamps';
import { EMPTY_WORKSPACE, type Workspace } from '../domain/workspace/workspace';

/** Where a score or a note is: its round, its hand (a rater's id, or `AGREED`), county and statement. */
export type Cell = { round: string; rater: string; county: string; statement: string };

/** What a step of the undo history did, for the "Ångra"/"Gör om" buttons to name. */
type StepKind =
  | ({ kind: 'score' | 'note' } & Cell)
  | { kind: 'reason'; round: string; county: string; statement: string }
  | { kind: 'level'; round: string; county: string; area: string }
  | { kind: 'done'; round: string; county: string; done: boolean }
  | { kind: 'round-saved' | 'round-deleted' | 'rater-saved' | 'rater-deleted'; name: string }
  | { kind: 'import' | 'delete' | 'restore' | 'agree'; count: number }
  /** Typing into a guide answer's note, figure or "other" field. */
  | { kind: 'answer'; round: string; county: string; question: string }
  | { kind: 'choice'; round: string; county: string; question: string }
  | { kind: 'informant-saved' | 'informant-deleted'; round: string; county: string; name: string }
  /** The totals a source states for the round's informants, saved or cleared. */
  | { kind: 'reported'; round: string }
  /** Typing into the summary, or into an area's comment when `area` is given. */
  | { kind: 'summary'; round: string; county: string; area?: string }
  | { kind: 'status'; round: string; county: string }
  /** Scores carried over from an earlier round, confirmed in one area of a county as the agreed scores. */
  | { kind: 'carried'; round: string; county: string; area: string; count: number }
  /** A conflict between two people's edits of one value, settled by keeping one side. */
  | { kind: 'conflict'; count: number };

export type HistoryStep = { what: StepKind; forward: Change[]; backward: Change[]; at: number };

const HISTORY_LIMIT = 50;
/** Keystrokes in one note within this many milliseconds are one undo step. */
const NOTE_TYPING_PAUSE_MS = 2000;

/**
 * Raw input only (scores and notes) with the stamp of each value, plus the undo history of this
 * tab. Everything derived comes from domain functions. Every local edit is a list of changes,
 * stamped and handed to `onLocalChanges` (storage and the other tabs); edits from other tabs come
 * in through `applyRemote` and are not part of this tab's history.
 */
export type WorkspaceState = Workspace & {
  /**
   * When and in which tab each value last changed, so an older edit from another tab never
   * overwrites a newer one. It changes only in the same update as `assessments`, so it adds no
   * update for subscribers; undo does not turn it back (an undo is a new edit). The report reads
   * its latest stamp as the date the data last changed.
   */
  stamps: Stamps;
  past: HistoryStep[];
  future: HistoryStep[];
  setScore: (cell: Cell, score: Score | null) => void;
  setNote: (cell: Cell, note: string) => void;
  /** Any other edit, or many changes (an import, a deletion) as one undoable step. */
  applyStep: (what: StepKind, changes: readonly Change[]) => void;
  /**
   * Applies changes with a fresh stamp even where the workspace already holds their values: the
   * side of a conflict someone keeps must be the latest edit everywhere, also where it was shown.
   */
  applyChosen: (what: StepKind, changes: readonly Change[]) => void;
  undo: () => void;
  redo: () => void;
  applyRemote: (changes: readonly StampedChange[]) => void;
};

export type WorkspaceStore = StoreApi<WorkspaceState>;

export type WorkspaceStoreOptions = {
  initial?: Workspace;
  initialStamps?: Stamps;
  tab?: string;
  now?: () => number;
  onLocalChanges?: (changes: StampedChange[]) => void;
  /**
   * Whether this person may make a change (a team server's role); a change that may not be made
   * is not applied and is handed to `onRefused`, so the interface says why nothing happened.
   */
  mayChange?: (change: Change) => boolean;
  onRefused?: (changes: Change[]) => void;
};

export function createWorkspaceStore(options: WorkspaceStoreOptions = {}): WorkspaceStore {
  const { initial = EMPTY_WORKSPACE, tab = 'tab', now = Date.now, onLocalChanges = () => {} } = options;
  const { initialStamps = {}, mayChange = () => true, onRefused = () => {} } = options;
  // A logical clock: a local change is always stamped later than anything this tab has seen,
  // even when the wall clock stands still (two edits in one millisecond) or runs behind another tab's.
  // It is this tab's clock, not workspace data: it only moves forward and no view reads it.
  let lastSeen = Math.max(0, ...Object.values(initialStamps).map((stamp) => stamp.at));
  const nextStamp = (): Stamp => {
    lastSeen = Math.max(now(), lastSeen + 1);
    return { at: lastSeen, tab };
  };

  return createStore<WorkspaceState>()((set, get) => {
    /** Applies local changes, stamps them, and tells storage and the other tabs. */
    const commit = (changes: readonly Change[], history: Pick<WorkspaceState, 'past' | 'future'>) => {
      const stamp = nextStamp();
      const stamped = changes.map((change) => ({ change, stamp }));
      const state = get();
      const merged = mergeStamped(state, state.stamps, stamped);
      set({ ...workspaceOf(merged.workspace), stamps: merged.stamps, ...history });
      onLocalChanges(stamped);
    };

    /** The changes this person may make; the others are reported and left out. */
    const permitted = (changes: readonly Change[]): Change[] => {
      const refused = changes.filter((change) => !mayChange(change));
      if (refused.length > 0) onRefused(refused);
      return refused.length === 0 ? [...changes] : changes.filter((change) => mayChange(change));
    };

    const record = (what: StepKind, changes: readonly Change[], evenIfUnchanged = false) => {
      const state = get();
      const effective = permitted(changes).filter((change) => evenIfUnchanged || !isNoOp(state, change));
      if (effective.length === 0) return;
      const at = now();
      const top = state.past[state.past.length - 1];
      const sameNote = isTyping(what) && top !== undefined && sameTarget(top.what, what) && at - top.at < NOTE_TYPING_PAUSE_MS;
      const backward = inverseOf(state, effective);
      const step: HistoryStep = sameNote ? typedFurther(top, effective, backward, at) : { what, forward: effective, backward, at };
      const past = [...(sameNote ? state.past.slice(0, -1) : state.past), step].slice(-HISTORY_LIMIT);
      commit(effective, { past, future: [] });
    };

    return {
      ...workspaceOf(initial),
      stamps: initialStamps,
      past: [],
      future: [],
      setScore: (cell, score) => record({ kind: 'score', ...cell }, [{ field: 'score', ...cell, value: score }]),
      setNote: (cell, note) => record({ kind: 'note', ...cell }, [{ field: 'note', ...cell, value: note }]),
      applyStep: (what, changes) => record(what, changes),
      applyChosen: (what, changes) => record(what, changes, true),
      undo: () => {
        const { past, future } = get();
        const step = past[past.length - 1];
        if (step) commit(step.backward, { past: past.slice(0, -1), future: [...future, step] });
      },
      redo: () => {
        const { past, future } = get();
        const step = future[future.length - 1];
        if (step) commit(step.forward, { past: [...past, step], future: future.slice(0, -1) });
      },
      applyRemote: (changes) => {
        lastSeen = Math.max(lastSeen, ...changes.map(({ stamp }) => stamp.at));
        const state = get();
        const merged = mergeStamped(state, state.stamps, changes);
        // When every change is older than what this tab holds, nothing is set and no subscriber is called.
        if (merged.applied.length > 0) set({ ...workspaceOf(merged.workspace), stamps: merged.stamps });
      },
    };
  });
}

export function workspaceOf(state: Workspace): Workspace {
  return { rounds: state.rounds, raters: state.raters, data: state.data };
}

/** Text typed into one field: keystrokes within a pause are one undo step. */
const isTyping = (what: StepKind) => what.kind === 'note' || what.kind === 'reason' || what.kind === 'answer' || what.kind === 'summary';

/**
 * One typing step grown by more typing: each value ends as last typed and goes back to what it was
 * before the step. A step may type into more than one value (an answer's note, figure and "Andra"),
 * so a value first typed now joins the step with what it was until now.
 */
function typedFurther(step: HistoryStep, changes: readonly Change[], inverses: readonly Change[], at: number): HistoryStep {
  const latest = new Map([...step.forward, ...changes].map((change) => [changeKey(change), change]));
  const before = new Map([...inverses, ...step.backward].map((change) => [changeKey(change), change]));
  return { ...step, forward: [...latest.values()], backward: [...before.values()], at };
}

function sameTarget(a: StepKind, b: StepKind): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

