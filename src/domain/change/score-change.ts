import { sortByStatement, type StatementSort, type StatementSortKey } from '../compare/sorting';
import type { County } from '../criteria/counties-schema';
import type { Instrument } from '../criteria/instrument';
import type { Score } from '../score';
import { assessmentOf, type RoundScores } from '../workspace/assessment';

/** One statement of one county: its agreed score in each round, and the change (−2 … +2) where both have one. */
export type ScoreChangeCell = { statementId: string; from: Score | null; to: Score | null; delta: number | null };

/**
 * One county's row of the change heatmap. `total` is the sum of the changes over the statements
 * scored in both rounds (null when there are none, so an uncompared county is not read as
 * unchanged); `compared` is how many those are and `changed` how many of them moved.
 */
export type ScoreChangeRow = { county: County; cells: ScoreChangeCell[]; total: number | null; compared: number; changed: number };

export type ScoreChangeSortKey = StatementSortKey;
export type ScoreChangeSort = StatementSort;

export function scoreChangeCell(statementId: string, from: Score | null, to: Score | null): ScoreChangeCell {
  return { statementId, from, to, delta: from === null || to === null ? null : to - from };
}

/** Every county's change on every statement, in county-list and instrument order. */
export function scoreChangeRows(instrument: Instrument, from: RoundScores, to: RoundScores): ScoreChangeRow[] {
  return instrument.counties.map((county) => {
    const before = assessmentOf(from, county.code).scores;
    const after = assessmentOf(to, county.code).scores;
    const cells = instrument.statementIds.map((id) => scoreChangeCell(id, before[id] ?? null, after[id] ?? null));
    const deltas = cells.flatMap((cell) => (cell.delta === null ? [] : [cell.delta]));
    return {
      county,
      cells,
      total: deltas.length === 0 ? null : deltas.reduce((sum, delta) => sum + delta, 0),
      compared: deltas.length,
      changed: deltas.filter((delta) => delta !== 0).length,
    };
  });
}

function deltaOf(row: ScoreChangeRow, statementId: string): number | null {
  return row.cells.find((cell) => cell.statementId === statementId)?.delta ?? null;
}

/** Sorts as the score heatmap does (`sortByStatement`), by the change on a statement. */
export function sortScoreChangeRows(rows: readonly ScoreChangeRow[], sort: ScoreChangeSort): ScoreChangeRow[] {
  return sortByStatement(rows, sort, deltaOf);
}
