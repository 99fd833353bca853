import type { CheckStatus } from '../county-check/check-status';
import type { Informant } from '../informants/informant';
import type { GuideAnswer } from '../interview/guide-answer';
import type { Rater } from '../rounds/rater';
import { compareRounds, latestRound, roundFromImportId, type Round } from '../rounds/round';
import type { Assessment, GroupLevel, RoundScores } from './assessment';

/** Each county's scores and notes by one hand, keyed by county code; a county with neither is absent. */
export type Sheet = Readonly<Record<string, Assessment>>;

/** What a round holds. Every part keeps its identity while it is unchanged, so views that read one part are not redrawn by an edit of another. */
export type RoundRecord = {
  /** The group's agreed scores and notes: what figures, comparisons and the report read. */
  agreed: Sheet;
  /** Per county and statement: why the agreed score differs from what a rater gave. */
  reasons: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Per county and area: the level the group set against the rule, with why. */
  levels: Readonly<Record<string, Readonly<Record<string, GroupLevel>>>>;
  /** Per rater id: the rater's own scores and notes. */
  raters: Readonly<Record<string, Sheet>>;
  /** Per rater id: the counties the rater has marked done (and whose scores the rater may now compare). */
  done: Readonly<Record<string, Readonly<Record<string, true>>>>;
  /** Per county and question of the interview guide: what the interviewers wrote down. */
  answers: Readonly<Record<string, Readonly<Record<string, GuideAnswer>>>>;
  /** Per county and informant id: the organisations interviewed (Bilaga 3). */
  informants: Readonly<Record<string, Readonly<Record<string, Informant>>>>;
  /** Per meeting kind: the totals a source states for the round's informants, where they are to be compared with the rows. */
  reported: Readonly<Partial<Record<'visit' | 'phone', number>>>;
  /** Per county: the group's summary of the county (Samlad bedömning). */
  summaries: Readonly<Record<string, string>>;
  /** Per county and area: a comment on the area beside the summary. */
  comments: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Per county and time (ISO 8601): each status the county's check has had. */
  statuses: Readonly<Record<string, Readonly<Record<string, CheckStatus>>>>;
};

/** Round and rater details without their ids, which are the keys they are kept under. */
export type RoundDetails = Omit<Round, 'id'>;
export type RaterDetails = Omit<Rater, 'id'>;

/**
 * Everything the team has entered: its rounds and raters, and per round what each rater and the
 * group gave. Values are immutable; every edit goes through `applyChange` (`changes.ts`).
 */
export type Workspace = {
  rounds: Readonly<Record<string, RoundDetails>>;
  raters: Readonly<Record<string, RaterDetails>>;
  data: Readonly<Record<string, RoundRecord>>;
};

export const EMPTY_ROUND: RoundRecord = {
  agreed: {},
  reasons: {},
  levels: {},
  raters: {},
  done: {},
  answers: {},
  informants: {},
  reported: {},
  summaries: {},
  comments: {},
  statuses: {},
};
export const EMPTY_WORKSPACE: Workspace = { rounds: {}, raters: {}, data: {} };

/** A workspace with one round and nothing in it: how a fresh browser starts, so scoring can begin at once. */
export function workspaceWithRound(round: Round): Workspace {
  const { id, ...details } = round;
  return { rounds: { [id]: details }, raters: {}, data: {} };
}

export function roundRecordOf(workspace: Pick<Workspace, 'data'>, round: string): RoundRecord {
  return workspace.data[round] ?? EMPTY_ROUND;
}

/**
 * The rounds, earliest period first. A round that has data but no details (its details were
 * deleted in one tab while another tab still wrote to it) is listed under its id, so no data is
 * ever out of sight.
 */
export function roundsOf(workspace: Workspace, criteriaId: string, today: Date): Round[] {
  return listRounds(workspace.rounds, orphanRounds(workspace), criteriaId, today);
}

/** The ids of rounds that hold data but have no details. */
export function orphanRounds(workspace: Pick<Workspace, 'rounds' | 'data'>): string[] {
  return Object.keys(workspace.data).filter((id) => workspace.rounds[id] === undefined && !isEmptyRound(roundRecordOf(workspace, id)));
}

/** The rounds with details and, under their ids, those without, earliest period first. */
export function listRounds(details: Workspace['rounds'], orphans: readonly string[], criteriaId: string, today: Date): Round[] {
  const named = Object.entries(details).map(([id, round]) => ({ id, ...round }));
  return [...named, ...orphans.map((id) => roundFromImportId(id, criteriaId, today))].sort(compareRounds);
}

/** The round an address names, when the workspace has it; otherwise the latest by period. */
export function roundInUse(rounds: readonly Round[], requested: string | null): Round | undefined {
  return rounds.find((round) => round.id === requested) ?? latestRound(rounds);
}

/** The raters, by name in Swedish order. */
export function ratersOf(workspace: Pick<Workspace, 'raters'>): Rater[] {
  return Object.entries(workspace.raters)
    .map(([id, details]) => ({ id, ...details }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || (a.id < b.id ? -1 : 1));
}

/** What the figures read for a round: the agreed scores and the group's levels. */
export function roundScoresOf(record: RoundRecord): RoundScores {
  return { assessments: record.agreed, groupLevels: record.levels };
}

function isEmptyRound(record: RoundRecord): boolean {
  const empty = (value: object) => Object.keys(value).length === 0;
  const { raters, done, ...rest } = record;
  return Object.values(rest).every(empty) && Object.values(raters).every(empty) && Object.values(done).every(empty);
}

/** Whether the rater has marked the county done in the round. */
export function isDone(record: RoundRecord, rater: string, county: string): boolean {
  return record.done[rater]?.[county] === true;
}
