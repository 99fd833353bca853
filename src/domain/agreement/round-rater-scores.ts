import type { Assessment } from '../workspace/assessment';
import { ratersOf, type RoundRecord, type Workspace } from '../workspace/workspace';
import type { RaterScores } from './agreement-table';

/** A rater's scores of a round, with the name the agreement view calls the rater by. */
export type RoundRaterScores = RaterScores & { name: string };

/**
 * What the agreement figures read for a round: each rater's own scores, keyed by the rater's id.
 * Every score counts, whether or not the rater has marked the county done, since the figures are
 * for the team to see where it differs before it agrees. The named raters come by name, each
 * even without a score in the round, so the pairs show who has not scored yet; a sheet whose
 * rater is no longer named (deleted in one tab while another wrote to it) comes last under its
 * id, when it holds a score, so no score is out of sight.
 */
export function roundRaterScores(raters: Workspace['raters'], sheets: RoundRecord['raters']): RoundRaterScores[] {
  const named = ratersOf({ raters }).map((rater) => ({
    rater: rater.id,
    name: rater.name,
    workspace: { assessments: sheets[rater.id] ?? {} },
  }));
  const unnamed = Object.entries(sheets)
    .filter(([id, sheet]) => raters[id] === undefined && Object.values(sheet).some(hasScore))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, sheet]) => ({ rater: id, name: id, workspace: { assessments: sheet } }));
  return [...named, ...unnamed];
}

function hasScore(assessment: Assessment): boolean {
  return Object.keys(assessment.scores).length > 0;
}
