import type { Workspace } from '../../domain/workspace/workspace';

export type ImportSummary = { counties: number; scores: number; notes: number };

export function summarizeWorkspace(workspace: Workspace): ImportSummary {
  const assessments = Object.values(workspace.assessments);
  return {
    counties: assessments.length,
    scores: assessments.reduce((n, a) => n + Object.keys(a.scores).length, 0),
    notes: assessments.reduce((n, a) => n + Object.keys(a.notes).length, 0),
  };
}

export function describeSummary({ counties, scores, notes }: ImportSummary): string {
  return `${counties} län, ${scores} poäng och ${notes} ${notes === 1 ? 'anteckning' : 'anteckningar'}`;
}
