import type { Instrument } from '../criteria/instrument';
import { ok, type Result } from '../problems';
import { readVersioned, type Migrations } from '../versioned';
import type { Assessment, Workspace } from './workspace';
import { makeWorkspaceFileSchemaV1, WORKSPACE_FORMAT, type WorkspaceFileV1 } from './workspace-file-schema';

/** Writes the workspace as a file, counties in county-list order, statements in instrument order. */
export function toWorkspaceFile(workspace: Workspace, instrument: Instrument, now: Date): WorkspaceFileV1 {
  const byOrder = (a: string, b: string) => (instrument.order.get(a) ?? 0) - (instrument.order.get(b) ?? 0);
  const sorted = <V>(record: Readonly<Record<string, V>>) =>
    Object.fromEntries(Object.keys(record).sort(byOrder).map((key) => [key, record[key] as V]));
  const position = new Map(instrument.counties.map((county, index) => [county.code, index]));
  const codes = Object.keys(workspace.assessments).sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return {
    format: WORKSPACE_FORMAT,
    version: 1,
    criteria: instrument.criteria.id,
    exportedAt: now.toISOString(),
    assessments: codes.flatMap((county) => {
      const assessment = workspace.assessments[county];
      return assessment ? [{ county, scores: sorted(assessment.scores), notes: sorted(assessment.notes) }] : [];
    }),
  };
}

/** No older versions yet: version 1 is the first. */
export const workspaceFileMigrations: Migrations = {};

/**
 * Reads a workspace file (any known version) and checks it against the loaded instrument:
 * the criteria id, known and unique counties, known statements. All or nothing.
 */
export function parseWorkspaceFile(input: unknown, instrument: Instrument): Result<Workspace> {
  const counties = new Set(instrument.counties.map((county) => county.code));
  const read = readVersioned(input, {
    format: WORKSPACE_FORMAT,
    noun: 'filen',
    current: 1,
    currentSchema: makeWorkspaceFileSchemaV1({
      criteriaId: instrument.criteria.id,
      isCounty: (code) => counties.has(code),
      isStatement: (id) => instrument.statementById.has(id),
    }),
    olderSchemas: {},
    migrations: workspaceFileMigrations,
  });
  if (!read.ok) return read;
  const assessments: Record<string, Assessment> = {};
  for (const record of read.value.assessments) {
    const notes = Object.fromEntries(Object.entries(record.notes).filter(([, note]) => note.trim() !== ''));
    if (Object.keys(record.scores).length > 0 || Object.keys(notes).length > 0) {
      assessments[record.county] = { scores: record.scores, notes };
    }
  }
  return ok({ assessments });
}
