import type { Instrument } from '../criteria/instrument';
import type { Score } from '../score';
import type { AgreementTable, RaterScores } from './agreement-table';

/** A county where the raters gave a statement different scores: each rater's score, in the raters' order, null where the rater gave none. */
type Disagreement = { county: string; scores: (Score | null)[] };

export type LeastAgreedStatement = AgreementTable['statements'][number] & { disagreements: Disagreement[] };

/**
 * The statements the raters agree on least, at most `limit` of them, in the order of `statements`
 * (least agreed first, as `agreementTable` gives them); only those where some raters differ, each
 * with the counties where they do, in county-list order, so the team knows what to talk over.
 */
export function leastAgreed(
  instrument: Instrument,
  raters: readonly RaterScores[],
  statements: AgreementTable['statements'],
  limit: number,
): LeastAgreedStatement[] {
  return statements
    .filter((statement) => statement.unanimous < 1)
    .slice(0, limit)
    .map((statement) => ({
      ...statement,
      disagreements: instrument.counties.flatMap((county) => {
        const scores = raters.map((rater) => rater.workspace.assessments[county.code]?.scores[statement.statementId] ?? null);
        const given = scores.filter((score) => score !== null);
        return given.length >= 2 && given.some((score) => score !== given[0]) ? [{ county: county.code, scores }] : [];
      }),
    }));
}
