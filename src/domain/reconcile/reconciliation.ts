import type { Instrument } from '../criteria/instrument';
import type { Score } from '../score';
import { AGREED, type Change } from '../workspace/changes';
import type { RoundRecord } from '../workspace/workspace';

/** One statement of a county as the group reconciles it: each shown rater's score beside the agreed one. */
export type ReconciliationRow = {
  statementId: string;
  /** In the order of the raters given; undefined where a rater gave no score. */
  scores: (Score | undefined)[];
  /** Highest minus lowest of the raters' scores; null when fewer than two raters scored. */
  spread: number | null;
  agreed: Score | undefined;
  reason: string;
  /** Set when the agreed score differs from a score a rater gave: the group then writes why. */
  differsFromRater: boolean;
};

/**
 * The county's statements for reconciliation (samsyn): disagreements first, the widest spread
 * first, then the statements the raters agree on, then those fewer than two raters scored; within
 * each, the instrument's order. `raters` are the raters whose scores may be shown (those done).
 */
export function reconciliationRows(instrument: Instrument, record: RoundRecord, county: string, raters: readonly string[]): ReconciliationRow[] {
  const rows = instrument.statementIds.map((statementId): ReconciliationRow => {
    const scores = raters.map((rater) => record.raters[rater]?.[county]?.scores[statementId]);
    const given = scores.filter((score): score is Score => score !== undefined);
    const spread = given.length < 2 ? null : Math.max(...given) - Math.min(...given);
    const agreed = record.agreed[county]?.scores[statementId];
    return {
      statementId,
      scores,
      spread,
      agreed,
      reason: record.reasons[county]?.[statementId] ?? '',
      differsFromRater: agreed !== undefined && given.some((score) => score !== agreed),
    };
  });
  const group = (row: ReconciliationRow) => (row.spread === null ? 2 : row.spread > 0 ? 0 : 1);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => group(a.row) - group(b.row) || (b.row.spread ?? 0) - (a.row.spread ?? 0) || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * The changes that take over every score all shown raters agree on (at least two of them, and
 * every one of them scored it) as the agreed score, where the group has set no agreed score yet:
 * an agreed score the group chose is its decision, and is never overwritten.
 */
export function takeOverUnanimous(rows: readonly ReconciliationRow[], round: string, county: string): Change[] {
  return rows.flatMap((row) => {
    const [first] = row.scores;
    const unanimous = row.scores.length >= 2 && first !== undefined && row.scores.every((score) => score === first);
    return unanimous && row.agreed === undefined
      ? [{ field: 'score' as const, round, rater: AGREED, county, statement: row.statementId, value: first }]
      : [];
  });
}

export type ReconciliationCounts = { disagreements: number; unanimous: number; agreedSet: number; reasonsMissing: number };

/** The figures above the table: how many statements the raters disagree on, agree on, and are settled. */
export function countReconciliation(rows: readonly ReconciliationRow[]): ReconciliationCounts {
  return {
    disagreements: rows.filter((row) => row.spread !== null && row.spread > 0).length,
    unanimous: rows.filter((row) => row.spread === 0).length,
    agreedSet: rows.filter((row) => row.agreed !== undefined).length,
    reasonsMissing: rows.filter((row) => row.differsFromRater && row.reason.trim() === '').length,
  };
}
