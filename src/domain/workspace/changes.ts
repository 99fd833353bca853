import type { CheckStatus } from '../county-check/check-status';
import type { Informant, MeetingKind } from '../informants/informant';
import type { Score } from '../score';
import type { Assessment, GroupLevel } from './assessment';
import { countyValueBefore, withCountyValue } from './interview-changes';
import { blankToUndefined, put, putNested } from './record-updates';
import { roundRecordOf, type RaterDetails, type RoundDetails, type RoundRecord, type Sheet, type Workspace } from './workspace';

/** The rater id of the group's agreed scores and notes (a rater's id is never empty). */
export const AGREED = '';

/**
 * One edit of one value: every way the workspace changes (a click, a keystroke, an import, an
 * undo, a deletion, an edit in another tab) is a list of these, so that each can be undone,
 * sent to other tabs and written to storage the same way. An empty value (null, '', false)
 * removes what was there.
 */
export type Change =
  | { field: 'score'; round: string; rater: string; county: string; statement: string; value: Score | null }
  | { field: 'note'; round: string; rater: string; county: string; statement: string; value: string }
  /** Why the agreed score differs from what a rater gave. */
  | { field: 'reason'; round: string; county: string; statement: string; value: string }
  | { field: 'done'; round: string; rater: string; county: string; value: boolean }
  | { field: 'level'; round: string; county: string; area: string; value: GroupLevel | null }
  | { field: 'round'; round: string; value: RoundDetails | null }
  | { field: 'rater'; rater: string; value: RaterDetails | null }
  /** A guide answer's note; `figure`, `choice` and `other` are the answer's other parts. */
  | { field: 'answer'; round: string; county: string; question: string; value: string }
  | { field: 'figure'; round: string; county: string; question: string; value: number | null }
  | { field: 'choice'; round: string; county: string; question: string; option: string; value: boolean }
  | { field: 'other'; round: string; county: string; question: string; value: string }
  | { field: 'informant'; round: string; county: string; informant: string; value: Informant | null }
  /** A total of the round's informants as a source states it. */
  | { field: 'reported'; round: string; kind: MeetingKind; value: number | null }
  | { field: 'summary'; round: string; county: string; value: string }
  | { field: 'comment'; round: string; county: string; area: string; value: string }
  /** One entry of a county's status history: the status set at `at` (an ISO 8601 time). */
  | { field: 'status'; round: string; county: string; at: string; value: CheckStatus | null };

/** One key per value the workspace holds: two changes with the same key change the same value. */
export function changeKey(change: Change): string {
  switch (change.field) {
    case 'score':
    case 'note':
      return `${change.round}/${change.rater}/${change.county}/${change.statement}/${change.field}`;
    case 'reason':
      return `${change.round}//${change.county}/${change.statement}/reason`;
    case 'done':
      return `${change.round}/${change.rater}/${change.county}//done`;
    case 'level':
      return `${change.round}//${change.county}/${change.area}/level`;
    case 'round':
      return `${change.round}////round`;
    case 'rater':
      return `/${change.rater}///rater`;
    case 'answer':
    case 'figure':
    case 'other':
      return `${change.round}//${change.county}/${change.question}/${change.field}`;
    case 'choice':
      return `${change.round}//${change.county}/${change.question}/choice/${change.option}`;
    case 'informant':
      return `${change.round}//${change.county}/${change.informant}/informant`;
    case 'reported':
      return `${change.round}///${change.kind}/reported`;
    case 'summary':
      return `${change.round}//${change.county}//summary`;
    case 'comment':
      return `${change.round}//${change.county}/${change.area}/comment`;
    case 'status':
      return `${change.round}//${change.county}/${change.at}/status`;
  }
}

const EMPTY_SHEET_ENTRY: Assessment = { scores: {}, notes: {} };

function sheetOf(record: RoundRecord, rater: string): Sheet {
  return rater === AGREED ? record.agreed : (record.raters[rater] ?? {});
}

function withSheet(record: RoundRecord, rater: string, sheet: Sheet): RoundRecord {
  if (rater === AGREED) return { ...record, agreed: sheet };
  return { ...record, raters: put(record.raters, rater, Object.keys(sheet).length === 0 ? undefined : sheet) };
}

function withCell(sheet: Sheet, county: string, part: 'scores' | 'notes', statement: string, value: Score | string | undefined): Sheet {
  const current = sheet[county] ?? EMPTY_SHEET_ENTRY;
  const next = { ...current, [part]: put<Score | string>(current[part], statement, value) } as Assessment;
  const empty = Object.keys(next.scores).length === 0 && Object.keys(next.notes).length === 0;
  return put(sheet, county, empty ? undefined : next);
}

function withRound(workspace: Workspace, round: string, update: (record: RoundRecord) => RoundRecord): Workspace {
  const next = update(roundRecordOf(workspace, round));
  const empty = Object.values(next).every((part) => Object.keys(part).length === 0);
  return { ...workspace, data: put(workspace.data, round, empty ? undefined : next) };
}

/** The value the workspace holds for the change's target, as a change of the same target. */
export function valueBefore(workspace: Workspace, change: Change): Change {
  switch (change.field) {
    case 'score':
    case 'note': {
      const entry = sheetOf(roundRecordOf(workspace, change.round), change.rater)[change.county];
      return change.field === 'score'
        ? { ...change, value: entry?.scores[change.statement] ?? null }
        : { ...change, value: entry?.notes[change.statement] ?? '' };
    }
    case 'reason':
      return { ...change, value: roundRecordOf(workspace, change.round).reasons[change.county]?.[change.statement] ?? '' };
    case 'done':
      return { ...change, value: roundRecordOf(workspace, change.round).done[change.rater]?.[change.county] === true };
    case 'level':
      return { ...change, value: roundRecordOf(workspace, change.round).levels[change.county]?.[change.area] ?? null };
    case 'round':
      return { ...change, value: workspace.rounds[change.round] ?? null };
    case 'rater':
      return { ...change, value: workspace.raters[change.rater] ?? null };
    default:
      return countyValueBefore(roundRecordOf(workspace, change.round), change);
  }
}

export function applyChange(workspace: Workspace, change: Change): Workspace {
  switch (change.field) {
    case 'score':
    case 'note': {
      const part = change.field === 'score' ? 'scores' : 'notes';
      const value = change.field === 'score' ? (change.value ?? undefined) : blankToUndefined(change.value);
      return withRound(workspace, change.round, (record) =>
        withSheet(record, change.rater, withCell(sheetOf(record, change.rater), change.county, part, change.statement, value)),
      );
    }
    case 'reason':
      return withRound(workspace, change.round, (record) => ({
        ...record,
        reasons: putNested(record.reasons, change.county, change.statement, blankToUndefined(change.value)),
      }));
    case 'done':
      return withRound(workspace, change.round, (record) => ({
        ...record,
        done: putNested(record.done, change.rater, change.county, change.value ? (true as const) : undefined),
      }));
    case 'level':
      return withRound(workspace, change.round, (record) => ({
        ...record,
        levels: putNested(record.levels, change.county, change.area, change.value ?? undefined),
      }));
    case 'round':
      return { ...workspace, rounds: put(workspace.rounds, change.round, change.value ?? undefined) };
    case 'rater':
      return { ...workspace, raters: put(workspace.raters, change.rater, change.value ?? undefined) };
    default:
      return withRound(workspace, change.round, (record) => withCountyValue(record, change));
  }
}

export function applyChanges(workspace: Workspace, changes: readonly Change[]): Workspace {
  return changes.reduce(applyChange, workspace);
}

function isEmptyValue(change: Change): boolean {
  const { value } = change;
  return value === null || value === false || (typeof value === 'string' && value.trim() === '');
}

/** Whether two values of a change are the same (details compared field by field). */
export function sameValue(a: Change['value'], b: Change['value']): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  return (
    keysA.length === Object.keys(b).length &&
    keysA.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
  );
}

/** Whether applying the change would leave the workspace as it is. */
export function isNoOp(workspace: Workspace, change: Change): boolean {
  const before = valueBefore(workspace, change);
  if (isEmptyValue(before)) return isEmptyValue(change);
  return sameValue(before.value, change.value);
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
