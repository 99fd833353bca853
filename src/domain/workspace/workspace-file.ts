import type { Instrument } from '../criteria/instrument';
import { fail, ok, type Problem, type Result } from '../problems';
import { readVersioned } from '../versioned';
import type { Assessment, Workspace } from './workspace';
import { WORKSPACE_FORMAT, workspaceFileSchemaV1, type WorkspaceFileV1 } from './workspace-file-schema';

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

/**
 * Reads a workspace file (any known version) and checks it against the loaded instrument:
 * the criteria id, known and unique counties, known statements. All or nothing.
 */
export function parseWorkspaceFile(input: unknown, instrument: Instrument): Result<Workspace> {
  const read = readVersioned(input, {
    format: WORKSPACE_FORMAT,
    noun: 'filen',
    current: 1,
    currentSchema: workspaceFileSchemaV1,
    olderSchemas: {},
    migrations: {},
  });
  if (!read.ok) return read;
  const problems = checkAgainstInstrument(read.value, instrument);
  if (problems.length > 0) return fail(problems);
  const assessments: Record<string, Assessment> = {};
  for (const record of read.value.assessments) {
    const notes = Object.fromEntries(Object.entries(record.notes).filter(([, note]) => note.trim() !== ''));
    if (Object.keys(record.scores).length > 0 || Object.keys(notes).length > 0) {
      assessments[record.county] = { scores: record.scores, notes };
    }
  }
  return ok({ assessments });
}

function checkAgainstInstrument(file: WorkspaceFileV1, instrument: Instrument): Problem[] {
  const problems: Problem[] = [];
  if (file.criteria !== instrument.criteria.id) {
    problems.push({
      path: 'criteria',
      message: `filen gäller kriterierna '${file.criteria}', men appen använder '${instrument.criteria.id}'`,
    });
  }
  const counties = new Set(instrument.counties.map((county) => county.code));
  const seen = new Set<string>();
  file.assessments.forEach((record, index) => {
    const at = `assessments[${index}]`;
    if (!counties.has(record.county)) problems.push({ path: `${at}.county`, message: `okänt län '${record.county}'` });
    else if (seen.has(record.county)) problems.push({ path: `${at}.county`, message: `länet '${record.county}' förekommer två gånger` });
    seen.add(record.county);
    for (const field of ['scores', 'notes'] as const) {
      for (const id of Object.keys(record[field])) {
        if (!instrument.statementById.has(id)) {
          problems.push({ path: `${at}.${field}[${JSON.stringify(id)}]`, message: 'okänt påstående' });
        }
      }
    }
  });
  return problems;
}
