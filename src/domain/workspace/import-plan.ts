import type { Round } from '../rounds/round';
import type { Assessment, RoundScores } from './assessment';
import { changesOf, diffWorkspaces } from './change-lists';
import { AGREED, applyChanges, valueBefore, type Change } from './changes';
import { EMPTY_WORKSPACE, ratersOf, roundRecordOf, workspaceWithRound, type RoundRecord, type Workspace } from './workspace';

/**
 * Merge: the file's values win where it has them, everything else stays. Replace: in each round of
 * the file, each hand the file holds (the agreed scores, a rater's) becomes exactly the file's;
 * everything else stays (`replaceHands`).
 */
export type ImportMode = 'merge' | 'replace';

/**
 * What a file brings. A file with rounds (the workspace file since version 2, the CSV with an
 * `omgang` column) names its own; a file from before rounds holds one round's agreed scores, to
 * be read into the round the user picks.
 */
export type Incoming =
  /** `notes`: what the file says it is (a workspace file's own note), shown before it is imported. */
  | { kind: 'rounds'; workspace: Workspace; notes?: string }
  | { kind: 'one-round'; scores: RoundScores };

/** The incoming workspace, with a file from before rounds read into `round`. */
export function incomingWorkspace(incoming: Incoming, round: Round): Workspace {
  if (incoming.kind === 'rounds') return incoming.workspace;
  const changes: Change[] = [];
  for (const [county, entry] of Object.entries(incoming.scores.assessments)) {
    for (const [statement, value] of Object.entries(entry.scores)) changes.push({ field: 'score', round: round.id, rater: AGREED, county, statement, value });
    for (const [statement, value] of Object.entries(entry.notes)) changes.push({ field: 'note', round: round.id, rater: AGREED, county, statement, value });
  }
  return applyChanges(workspaceWithRound(round), changes);
}

/**
 * A rater's scores that arrive by import count as done: the rater scored them elsewhere. For a
 * file without done marks (a CSV); a workspace file says for each county whether its rater is
 * done, and what it says is kept.
 */
export function markRatersDone(workspace: Workspace): Workspace {
  const changes: Change[] = [];
  for (const [round, record] of Object.entries(workspace.data)) {
    for (const [rater, sheet] of Object.entries(record.raters)) {
      for (const [county, entry] of Object.entries(sheet)) {
        if (Object.keys(entry.scores).length > 0) changes.push({ field: 'done', round, rater, county, value: true });
      }
    }
  }
  return applyChanges(workspace, changes);
}

export type ValueChange<V> = { round: string; rater: string; county: string; statement: string; from: V; to: V };

/** What an import will do, shown before anything changes. */
export type ImportPlan = {
  mode: ImportMode;
  changes: Change[];
  result: Workspace;
  /** Rounds and raters the import creates, by id and name. */
  roundsAdded: { id: string; name: string }[];
  ratersAdded: { id: string; name: string }[];
  /** Round and county pairs ("2026/06") that get data, or lose all of it. */
  countiesAdded: { round: string; county: string }[];
  countiesRemoved: { round: string; county: string }[];
  scoreChanges: ValueChange<number | null>[];
  noteChanges: ValueChange<string>[];
  /** Every other value: reasons, the group's levels, done marks. */
  otherChanges: number;
};

export function planImport(current: Workspace, incoming: Workspace, mode: ImportMode): ImportPlan {
  const marked = incoming;
  const target = mode === 'replace' ? replaceHands(current, marked) : mergeInto(current, marked);
  const changes = diffWorkspaces(current, target);
  const result = applyChanges(current, changes);
  const counties = (workspace: Workspace) =>
    new Set(
      Object.entries(workspace.data).flatMap(([round, record]) =>
        [record.agreed, ...Object.values(record.raters)].flatMap((sheet) => Object.keys(sheet).map((county) => `${round}/${county}`)),
      ),
    );
  const before = counties(current);
  const after = counties(result);
  const pair = (key: string) => {
    const [round = '', county = ''] = key.split('/');
    return { round, county };
  };
  const valueChanges = <F extends 'score' | 'note'>(field: F) =>
    changes.flatMap((change) =>
      change.field === field
        ? [{ round: change.round, rater: change.rater, county: change.county, statement: change.statement, from: valueBefore(current, change).value, to: change.value }]
        : [],
    );
  return {
    mode,
    changes,
    result,
    roundsAdded: Object.entries(result.rounds).filter(([id]) => current.rounds[id] === undefined).map(([id, round]) => ({ id, name: round.name })),
    ratersAdded: ratersOf(result).filter((rater) => current.raters[rater.id] === undefined),
    countiesAdded: [...after].filter((key) => !before.has(key)).map(pair),
    countiesRemoved: [...before].filter((key) => !after.has(key)).map(pair),
    scoreChanges: valueChanges('score') as ValueChange<number | null>[],
    noteChanges: valueChanges('note') as ValueChange<string>[],
    otherChanges: changes.filter((change) => change.field !== 'score' && change.field !== 'note' && change.field !== 'round' && change.field !== 'rater').length,
  };
}

/** The file's values over the current ones; a round or rater the workspace has keeps its name. */
function mergeInto(current: Workspace, incoming: Workspace): Workspace {
  const changes = changesOf(incoming).filter(
    (change) =>
      !(change.field === 'round' && current.rounds[change.round] !== undefined) &&
      !(change.field === 'rater' && current.raters[change.rater] !== undefined),
  );
  return applyChanges(current, changes);
}

/**
 * In each round of the file, each hand the file holds becomes what the file holds for it: the
 * agreed scores (with their reasons and the group's levels), or a rater's scores (with the done
 * marks). Other rounds, and hands the file does not hold (another rater's scores, the agreed scores
 * when the file is one rater's), stay as they are. Details of rounds and raters are the file's.
 */
/** The group's record of its interviews, replaced as one when a file holds any of it for a round. */
const INTERVIEW_PARTS = ['answers', 'informants', 'reported', 'summaries', 'comments', 'statuses'] as const satisfies readonly (keyof RoundRecord)[];

function replaceHands(current: Workspace, incoming: Workspace): Workspace {
  const data = { ...current.data };
  for (const [round, file] of Object.entries(incoming.data)) {
    const before = roundRecordOf(current, round);
    const holdsAgreed = [file.agreed, file.reasons, file.levels].some((part) => Object.keys(part).length > 0);
    const holdsKit = INTERVIEW_PARTS.some((part) => Object.keys(file[part]).length > 0);
    const raters = new Set([...Object.keys(file.raters), ...Object.keys(file.done)]);
    const keep = <V,>(record: Readonly<Record<string, V>>) => Object.fromEntries(Object.entries(record).filter(([rater]) => !raters.has(rater)));
    data[round] = {
      agreed: holdsAgreed ? file.agreed : before.agreed,
      reasons: holdsAgreed ? file.reasons : before.reasons,
      levels: holdsAgreed ? file.levels : before.levels,
      raters: { ...keep(before.raters), ...file.raters },
      done: { ...keep(before.done), ...file.done },
      ...Object.fromEntries(INTERVIEW_PARTS.map((part) => [part, holdsKit ? file[part] : before[part]])),
    } as RoundRecord;
  }
  return {
    rounds: { ...current.rounds, ...incoming.rounds },
    raters: { ...current.raters, ...incoming.raters },
    data,
  };
}

/**
 * The counts an import or an export names: counties (in any round), scores and notes of every
 * hand, and the interviews' entries (informants, guide answers, summaries, comments, statuses).
 */
export type DataSummary = { rounds: number; counties: number; scores: number; notes: number; interview: number };

/** The counts of the whole workspace, or of some counties in one round (what a deletion would remove). */
export function summarizeWorkspace(workspace: Workspace = EMPTY_WORKSPACE, only?: { round: string; counties: readonly string[] }): DataSummary {
  const counties = new Set<string>();
  const chosen = only ? new Set(only.counties) : null;
  let scores = 0;
  let notes = 0;
  let interview = 0;
  for (const round of only ? [only.round] : Object.keys(workspace.data)) {
    const record = roundRecordOf(workspace, round);
    const sheets = [record.agreed, ...Object.values(record.raters)];
    for (const sheet of sheets) {
      for (const [county, entry] of Object.entries(sheet) as [string, Assessment][]) {
        if (chosen && !chosen.has(county)) continue;
        counties.add(county);
        scores += Object.keys(entry.scores).length;
        notes += Object.keys(entry.notes).length;
      }
    }
    const byCounty = [record.answers, record.informants, record.comments, record.statuses].flatMap((part) => Object.entries(part));
    for (const [county, entries] of [...byCounty, ...Object.entries(record.summaries).map(([county]) => [county, { summary: true }] as const)]) {
      if (chosen && !chosen.has(county)) continue;
      counties.add(county);
      interview += Object.keys(entries).length;
    }
  }
  return { rounds: Object.keys(workspace.rounds).length, counties: counties.size, scores, notes, interview };
}
