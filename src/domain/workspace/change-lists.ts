import { AGREED, changeKey, sameValue, type Change } from './changes';
import { EMPTY_ROUND, type RoundRecord, type Sheet, type Workspace } from './workspace';

/**
 * Changes for whole workspaces: every value a workspace holds as a list of changes, the changes
 * between two workspaces (imports, catching up with storage), and those that remove counties, a
 * round or a rater (deletions). Each is an ordinary list of changes, so it is undone, saved and
 * sent to other tabs like a click.
 */

/** Every value the workspace holds, as the change that would set it: rounds and raters first. */
export function changesOf(workspace: Workspace): Change[] {
  const changes: Change[] = [];
  for (const [round, value] of Object.entries(workspace.rounds)) changes.push({ field: 'round', round, value });
  for (const [rater, value] of Object.entries(workspace.raters)) changes.push({ field: 'rater', rater, value });
  for (const [round, record] of Object.entries(workspace.data)) changes.push(...roundChanges(round, record));
  return changes;
}

function roundChanges(round: string, record: RoundRecord = EMPTY_ROUND): Change[] {
  const changes: Change[] = [];
  const sheets: [string, Sheet][] = [[AGREED, record.agreed], ...Object.entries(record.raters)];
  for (const [rater, sheet] of sheets) {
    for (const [county, entry] of Object.entries(sheet)) {
      for (const [statement, value] of Object.entries(entry.scores)) changes.push({ field: 'score', round, rater, county, statement, value });
      for (const [statement, value] of Object.entries(entry.notes)) changes.push({ field: 'note', round, rater, county, statement, value });
    }
  }
  for (const [county, byStatement] of Object.entries(record.reasons)) {
    for (const [statement, value] of Object.entries(byStatement)) changes.push({ field: 'reason', round, county, statement, value });
  }
  for (const [county, byArea] of Object.entries(record.levels)) {
    for (const [area, value] of Object.entries(byArea)) changes.push({ field: 'level', round, county, area, value });
  }
  for (const [rater, counties] of Object.entries(record.done)) {
    for (const county of Object.keys(counties)) changes.push({ field: 'done', round, rater, county, value: true });
  }
  return [...changes, ...interviewChanges(round, record)];
}

/** The interview kit's values: guide answers, informants, summaries, comments and statuses. */
function interviewChanges(round: string, record: RoundRecord): Change[] {
  const changes: Change[] = [];
  for (const [county, byQuestion] of Object.entries(record.answers)) {
    for (const [question, answer] of Object.entries(byQuestion)) {
      if (answer.note !== undefined) changes.push({ field: 'answer', round, county, question, value: answer.note });
      if (answer.figure !== undefined) changes.push({ field: 'figure', round, county, question, value: answer.figure });
      for (const option of Object.keys(answer.choices ?? {})) changes.push({ field: 'choice', round, county, question, option, value: true });
      if (answer.other !== undefined) changes.push({ field: 'other', round, county, question, value: answer.other });
    }
  }
  for (const [county, byId] of Object.entries(record.informants)) {
    for (const [informant, value] of Object.entries(byId)) changes.push({ field: 'informant', round, county, informant, value });
  }
  for (const [kind, value] of Object.entries(record.reported)) {
    if (value !== undefined) changes.push({ field: 'reported', round, kind: kind as 'visit' | 'phone', value });
  }
  for (const [county, value] of Object.entries(record.summaries)) changes.push({ field: 'summary', round, county, value });
  for (const [county, byArea] of Object.entries(record.comments)) {
    for (const [area, value] of Object.entries(byArea)) changes.push({ field: 'comment', round, county, area, value });
  }
  for (const [county, byTime] of Object.entries(record.statuses)) {
    for (const [at, value] of Object.entries(byTime)) changes.push({ field: 'status', round, county, at, value });
  }
  return changes;
}

/** The change that removes what `change` sets. */
export function emptied(change: Change): Change {
  switch (change.field) {
    case 'score':
    case 'level':
    case 'round':
    case 'rater':
    case 'figure':
    case 'informant':
    case 'reported':
    case 'status':
      return { ...change, value: null } as Change;
    case 'note':
    case 'reason':
    case 'answer':
    case 'other':
    case 'summary':
    case 'comment':
      return { ...change, value: '' };
    case 'done':
    case 'choice':
      return { ...change, value: false };
  }
}

/** The changes that turn `from` into `to`: rounds and raters first, then values in key order. */
export function diffWorkspaces(from: Workspace, to: Workspace): Change[] {
  const before = new Map(changesOf(from).map((change) => [changeKey(change), change]));
  const after = new Map(changesOf(to).map((change) => [changeKey(change), change]));
  const changes: Change[] = [];
  for (const [key, change] of after) {
    const old = before.get(key);
    if (!old || !sameValue(old.value, change.value)) changes.push(change);
  }
  for (const [key, change] of before) if (!after.has(key)) changes.push(emptied(change));
  const rank = (change: Change) => (change.field === 'round' ? 0 : change.field === 'rater' ? 1 : 2);
  return changes.sort((a, b) => rank(a) - rank(b) || compareKeys(changeKey(a), changeKey(b)));
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The changes that remove everything of the given counties in one round: every hand's scores and notes, reasons, levels, done marks, and the interview kit's values. */
export function changesToClear(workspace: Workspace, round: string, counties: readonly string[]): Change[] {
  const chosen = new Set(counties);
  return roundChanges(round, workspace.data[round])
    .filter((change) => 'county' in change && chosen.has(change.county))
    .map(emptied);
}

/** The changes that remove a round: its details and everything in it. */
export function changesToDeleteRound(workspace: Workspace, round: string): Change[] {
  const details = workspace.rounds[round];
  return [
    ...roundChanges(round, workspace.data[round]).map(emptied),
    ...(details ? [{ field: 'round', round, value: null } as const] : []),
  ];
}

/** The changes that remove a rater: the rater's details, and the rater's scores, notes and done marks in every round. */
export function changesToDeleteRater(workspace: Workspace, rater: string): Change[] {
  const own = Object.entries(workspace.data).flatMap(([round, record]) =>
    roundChanges(round, record).filter((change) => 'rater' in change && change.rater === rater),
  );
  return [...own.map(emptied), ...(workspace.raters[rater] ? [{ field: 'rater', rater, value: null } as const] : [])];
}
