import type { Score } from '../score';
import { assessmentOf, withNote, withScore, type Workspace } from './workspace';

/**
 * One edit of one value: every way the workspace changes (a click, a keystroke, an import, an
 * undo, a deletion, an edit in another tab) is a list of these, so that each can be undone,
 * sent to other tabs and written to storage the same way.
 */
export type Change =
  | { county: string; statement: string; field: 'score'; value: Score | null }
  | { county: string; statement: string; field: 'note'; value: string };

export function changeKey(change: Pick<Change, 'county' | 'statement' | 'field'>): string {
  return `${change.county}/${change.statement}/${change.field}`;
}

function valueBefore(workspace: Workspace, change: Change): Change {
  const assessment = assessmentOf(workspace, change.county);
  return change.field === 'score'
    ? { ...change, value: assessment.scores[change.statement] ?? null }
    : { ...change, value: assessment.notes[change.statement] ?? '' };
}

export function applyChange(workspace: Workspace, change: Change): Workspace {
  return change.field === 'score'
    ? withScore(workspace, change.county, change.statement, change.value)
    : withNote(workspace, change.county, change.statement, change.value);
}

export function applyChanges(workspace: Workspace, changes: readonly Change[]): Workspace {
  return changes.reduce(applyChange, workspace);
}

/** Whether applying the change would leave the workspace as it is. */
export function isNoOp(workspace: Workspace, change: Change): boolean {
  const before = valueBefore(workspace, change).value;
  if (change.field === 'note') return (before as string).trim() === '' ? change.value.trim() === '' : before === change.value;
  return before === change.value;
}

/** The changes that undo `changes`, read from the workspace they are about to be applied to. */
export function inverseOf(workspace: Workspace, changes: readonly Change[]): Change[] {
  const inverse: Change[] = [];
  let current = workspace;
  for (const change of changes) {
    inverse.unshift(valueBefore(current, change));
    current = applyChange(current, change);
  }
  return inverse;
}

/** The changes that turn `from` into `to`, county by county, scores before notes. */
export function diffWorkspaces(from: Workspace, to: Workspace): Change[] {
  const counties = [...new Set([...Object.keys(from.assessments), ...Object.keys(to.assessments)])].sort();
  const changes: Change[] = [];
  for (const county of counties) {
    const a = assessmentOf(from, county);
    const b = assessmentOf(to, county);
    for (const statement of unionKeys(a.scores, b.scores)) {
      const value = b.scores[statement] ?? null;
      if ((a.scores[statement] ?? null) !== value) changes.push({ county, statement, field: 'score', value });
    }
    for (const statement of unionKeys(a.notes, b.notes)) {
      const value = b.notes[statement] ?? '';
      if ((a.notes[statement] ?? '') !== value) changes.push({ county, statement, field: 'note', value });
    }
  }
  return changes;
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

/** The changes that remove every score and note of the given counties. */
export function changesToClear(workspace: Workspace, counties: readonly string[]): Change[] {
  const cleared = { ...workspace.assessments };
  for (const county of counties) delete cleared[county];
  return diffWorkspaces(workspace, { assessments: cleared });
}
