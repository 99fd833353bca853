import { applyChanges, diffWorkspaces, type Change } from './changes';
import { assessmentOf, type Workspace } from './workspace';

/** Merge: the file's values win where it has them, everything else stays. Replace: only the file. */
export type ImportMode = 'merge' | 'replace';

export type ValueChange<V> = { county: string; statement: string; from: V; to: V };

/** What an import will do, shown before anything changes. */
export type ImportPlan = {
  mode: ImportMode;
  changes: Change[];
  result: Workspace;
  countiesAdded: string[];
  countiesRemoved: string[];
  scoreChanges: ValueChange<number | null>[];
  noteChanges: ValueChange<string>[];
};

export function planImport(current: Workspace, incoming: Workspace, mode: ImportMode): ImportPlan {
  const target = mode === 'replace' ? incoming : mergeInto(current, incoming);
  const changes = diffWorkspaces(current, target);
  const result = applyChanges(current, changes);
  const has = (workspace: Workspace, county: string) => workspace.assessments[county] !== undefined;
  const counties = [...new Set([...Object.keys(current.assessments), ...Object.keys(result.assessments)])].sort();
  return {
    mode,
    changes,
    result,
    countiesAdded: counties.filter((county) => !has(current, county) && has(result, county)),
    countiesRemoved: counties.filter((county) => has(current, county) && !has(result, county)),
    scoreChanges: changes.flatMap((change) =>
      change.field === 'score'
        ? [{ county: change.county, statement: change.statement, from: assessmentOf(current, change.county).scores[change.statement] ?? null, to: change.value }]
        : [],
    ),
    noteChanges: changes.flatMap((change) =>
      change.field === 'note'
        ? [{ county: change.county, statement: change.statement, from: assessmentOf(current, change.county).notes[change.statement] ?? '', to: change.value }]
        : [],
    ),
  };
}

function mergeInto(current: Workspace, incoming: Workspace): Workspace {
  const assessments = { ...current.assessments };
  for (const [county, assessment] of Object.entries(incoming.assessments)) {
    const before = assessmentOf(current, county);
    assessments[county] = {
      scores: { ...before.scores, ...assessment.scores },
      notes: { ...before.notes, ...assessment.notes },
    };
  }
  return { assessments };
}
