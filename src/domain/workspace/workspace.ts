import type { Score } from '../score';

/** What an interviewer has entered for one county: a score and a note per statement. */
export type Assessment = {
  /** An unscored statement is absent. */
  scores: Readonly<Record<string, Score>>;
  /** An empty note is absent. */
  notes: Readonly<Record<string, string>>;
};

/** All assessments, keyed by county code. */
export type Workspace = { assessments: Readonly<Record<string, Assessment>> };

export const EMPTY_ASSESSMENT: Assessment = { scores: {}, notes: {} };
export const EMPTY_WORKSPACE: Workspace = { assessments: {} };

export function assessmentOf(workspace: Workspace, county: string): Assessment {
  return workspace.assessments[county] ?? EMPTY_ASSESSMENT;
}

function without<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Sets (or with `null` clears) one score, keeping everything else as it was. */
export function withScore(workspace: Workspace, county: string, statement: string, score: Score | null): Workspace {
  const current = assessmentOf(workspace, county);
  const scores = score === null ? without(current.scores, statement) : { ...current.scores, [statement]: score };
  return withAssessment(workspace, county, { ...current, scores });
}

/** Sets one note; blank text removes it. */
export function withNote(workspace: Workspace, county: string, statement: string, note: string): Workspace {
  const current = assessmentOf(workspace, county);
  const notes = note.trim() === '' ? without(current.notes, statement) : { ...current.notes, [statement]: note };
  return withAssessment(workspace, county, { ...current, notes });
}

function withAssessment(workspace: Workspace, county: string, assessment: Assessment): Workspace {
  const empty = Object.keys(assessment.scores).length === 0 && Object.keys(assessment.notes).length === 0;
  const assessments = empty
    ? without(workspace.assessments, county)
    : { ...workspace.assessments, [county]: assessment };
  return { assessments };
}

export function countScored(assessment: Assessment, statementIds: readonly string[]): number {
  return statementIds.reduce((n, id) => (assessment.scores[id] === undefined ? n : n + 1), 0);
}

/**
 * The first statement without a score after `afterId` in the instrument's order, going round to
 * the start; `afterId` itself comes last, so it is found when it is the only one left. Undefined
 * once every statement has a score.
 */
export function nextUnscored(assessment: Assessment, statementIds: readonly string[], afterId?: string): string | undefined {
  const start = afterId === undefined ? 0 : statementIds.indexOf(afterId) + 1;
  for (let offset = 0; offset < statementIds.length; offset += 1) {
    const id = statementIds[(start + offset) % statementIds.length];
    if (id !== undefined && assessment.scores[id] === undefined) return id;
  }
  return undefined;
}
