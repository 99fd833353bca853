import type { GuideQuestion } from '../criteria/guide-schema';
import type { Instrument } from '../criteria/instrument';
import { ok, type Result } from '../problems';
import { levelNumber } from '../rating/level-number';
import type { Round } from '../rounds/round';
import { readVersioned, type Migrations } from '../versioned';
import type { Assessment } from './assessment';
import { applyChanges, AGREED, type Change } from './changes';
import { EMPTY_WORKSPACE, ratersOf, roundsOf, type Workspace } from './workspace';
import { interviewFromFile, interviewToFile } from './workspace-file-interview';
import {
  makeWorkspaceFileSchemaV1,
  makeWorkspaceFileSchemaV2,
  makeWorkspaceFileSchemaV3,
  WORKSPACE_FORMAT,
  type WorkspaceFileV1,
  type WorkspaceFileV2,
  type WorkspaceFileV3,
} from './workspace-file-schema';

/**
 * Writes the workspace as a file: rounds by period, raters by name, then per round the agreed
 * scores and each rater's, counties in county-list order, statements in instrument order.
 */
export function toWorkspaceFile(workspace: Workspace, instrument: Instrument, now: Date): WorkspaceFileV3 {
  const byOrder = (a: string, b: string) => (instrument.order.get(a) ?? 0) - (instrument.order.get(b) ?? 0);
  const sorted = <V,>(record: Readonly<Record<string, V>>) =>
    Object.fromEntries(Object.keys(record).sort(byOrder).map((key) => [key, record[key] as V]));
  const position = new Map(instrument.counties.map((county, index) => [county.code, index]));
  const byCounty = (a: string, b: string) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const rounds = roundsOf(workspace, instrument.criteria.id, now);
  const raters = ratersOf(workspace);
  const assessments: WorkspaceFileV2['assessments'] = [];
  const groupLevels: WorkspaceFileV2['groupLevels'] = [];
  for (const round of rounds) {
    const record = workspace.data[round.id];
    if (!record) continue;
    for (const county of Object.keys({ ...record.agreed, ...record.reasons }).sort(byCounty)) {
      const entry: Assessment = record.agreed[county] ?? { scores: {}, notes: {} };
      const reasons = record.reasons[county];
      assessments.push({
        round: round.id,
        county,
        scores: sorted(entry.scores),
        notes: sorted(entry.notes),
        ...(reasons ? { reasons: sorted(reasons) } : {}),
      });
    }
    for (const rater of raters) {
      const sheet = record.raters[rater.id] ?? {};
      const done = record.done[rater.id] ?? {};
      for (const county of Object.keys({ ...sheet, ...done }).sort(byCounty)) {
        const entry = sheet[county] ?? { scores: {}, notes: {} };
        assessments.push({
          round: round.id,
          county,
          rater: rater.id,
          done: done[county] === true,
          scores: sorted(entry.scores),
          notes: sorted(entry.notes),
        });
      }
    }
    for (const county of Object.keys(record.levels).sort(byCounty)) {
      const byArea = record.levels[county] ?? {};
      for (const area of instrument.areas.map((a) => a.area.id)) {
        const level = byArea[area];
        if (level) groupLevels.push({ round: round.id, county, area, level: levelNumber(level.level), reason: level.reason });
      }
    }
  }
  return {
    format: WORKSPACE_FORMAT,
    version: 3,
    criteria: instrument.criteria.id,
    exportedAt: now.toISOString(),
    rounds: rounds.map((round) => ({ ...round, criteria: instrument.criteria.id })),
    raters,
    assessments,
    groupLevels,
    ...interviewToFile(workspace, rounds, instrument),
  };
}

/**
 * Version 1 held one round's scores from one anonymous hand: they become the agreed scores of
 * `round` (the round in use, or the one the user picks when importing).
 */
export function workspaceFileMigrations(round: Round): Migrations {
  return {
    1: (previous) => {
      const file = previous as WorkspaceFileV1;
      return {
        format: WORKSPACE_FORMAT,
        version: 2,
        criteria: file.criteria,
        exportedAt: file.exportedAt,
        rounds: [{ ...round, criteria: file.criteria }],
        raters: [],
        assessments: file.assessments.map((entry) => ({ round: round.id, ...entry })),
        groupLevels: [],
      } satisfies WorkspaceFileV2;
    },
    /** Version 3 only adds parts, each of which may be absent. */
    2: (previous) => ({ ...(previous as WorkspaceFileV2), version: 3 }) satisfies WorkspaceFileV3,
  };
}

function optionIdsOf(question: GuideQuestion | undefined): ReadonlySet<string> {
  if (question?.kind !== 'choices') return new Set();
  return new Set(question.optionGroups.flatMap((group) => group.options.map((option) => option.id)));
}

export type ReadWorkspace = {
  workspace: Workspace;
  /** The version the file was written in: a version-1 file's scores went into `legacyRound`. */
  version: number;
  /** What the file says it is. */
  notes?: string;
};

/**
 * Reads a workspace file (any known version) and checks it against the loaded instrument:
 * the criteria id, known and unique counties, statements, areas and levels, rounds and raters
 * that the file declares. All or nothing. A version-1 file is read into `legacyRound`.
 */
export function parseWorkspaceFile(input: unknown, instrument: Instrument, legacyRound: Round): Result<ReadWorkspace> {
  const counties = new Set(instrument.counties.map((county) => county.code));
  const levelCounts = new Map(instrument.areas.map((area) => [area.area.id, area.levelsWeakestFirst.length]));
  const known = {
    criteriaId: instrument.criteria.id,
    isCounty: (code: string) => counties.has(code),
    isStatement: (id: string) => instrument.statementById.has(id),
    levelCount: (area: string) => levelCounts.get(area) ?? 0,
    isQuestion: (id: string) => instrument.questionIds.has(id),
    optionsOf: (id: string) => optionIdsOf(instrument.questionById.get(id)),
  };
  const read = readVersioned(input, {
    format: WORKSPACE_FORMAT,
    noun: 'filen',
    current: 3,
    currentSchema: makeWorkspaceFileSchemaV3(known),
    olderSchemas: { 1: makeWorkspaceFileSchemaV1(known), 2: makeWorkspaceFileSchemaV2(known) },
    migrations: workspaceFileMigrations(legacyRound),
  });
  if (!read.ok) return read;
  const version = (input as { version: number }).version;
  const notes = read.value.notes?.trim();
  return ok({ workspace: fromFile(read.value), version, ...(notes ? { notes } : {}) });
}

function fromFile(file: WorkspaceFileV3): Workspace {
  const changes: Change[] = [];
  for (const { id, ...details } of file.rounds) changes.push({ field: 'round', round: id, value: details });
  for (const { id, ...details } of file.raters) changes.push({ field: 'rater', rater: id, value: details });
  for (const entry of file.assessments) {
    const { round, county } = entry;
    const rater = entry.rater ?? AGREED;
    // Blank notes and reasons are dropped as they are read (`applyChange` removes an empty value).
    for (const [statement, value] of Object.entries(entry.scores)) changes.push({ field: 'score', round, rater, county, statement, value });
    for (const [statement, value] of Object.entries(entry.notes)) changes.push({ field: 'note', round, rater, county, statement, value });
    for (const [statement, value] of Object.entries(entry.reasons ?? {})) changes.push({ field: 'reason', round, county, statement, value });
    if (entry.done === true) changes.push({ field: 'done', round, rater, county, value: true });
  }
  for (const { round, county, area, level, reason } of file.groupLevels) {
    changes.push({ field: 'level', round, county, area, value: { level: level - 1, reason } });
  }
  changes.push(...interviewFromFile(file));
  return applyChanges(EMPTY_WORKSPACE, changes);
}
