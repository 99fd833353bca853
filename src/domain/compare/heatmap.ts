import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument } from '../criteria/instrument';
import type { Score } from '../score';
import { assessmentOf, type RoundScores } from '../workspace/assessment';
import { countyCoverage, type Coverage } from './coverage';
import { sameStatementSortKey, sortByStatement, STATEMENT_DEFAULT_SORT, type StatementSort, type StatementSortKey } from './sorting';

/** Rows in county-list order unless sorted by name, by the county's total or by one statement. */
export type HeatmapSortKey = StatementSortKey;
export type HeatmapSort = StatementSort;
export const HEATMAP_DEFAULT_SORT: HeatmapSort = STATEMENT_DEFAULT_SORT;

/** An area's statements, the column group under the area's title. */
export type HeatmapGroup = { areaId: string; title: LocalizedText; shortTitle: LocalizedText; statementIds: string[] };

type HeatmapCell = { statementId: string; score: Score | null };

/**
 * One county: its score on every statement in instrument order, the sum of the scores it has and
 * how many statements are scored. `total` is null when nothing is scored, so that an unscored
 * county is not mistaken for one that scored 0 everywhere.
 */
export type HeatmapRow = { county: County; cells: HeatmapCell[]; total: number | null; scored: number };

/** Per statement, how many counties scored 0, 1 and 2 (in `counts`, by score) and how many not yet. */
export type StatementDistribution = { statementId: string; counts: Record<Score, number>; unscored: number };

export type Heatmap = { groups: HeatmapGroup[]; rows: HeatmapRow[]; distributions: StatementDistribution[]; coverage: Coverage };

export function heatmapGroups(instrument: Instrument): HeatmapGroup[] {
  return instrument.areas.map((area) => ({
    areaId: area.area.id,
    title: area.area.title,
    shortTitle: area.area.shortTitle,
    statementIds: area.statementIds,
  }));
}

export function heatmapRows(instrument: Instrument, workspace: RoundScores): HeatmapRow[] {
  return instrument.counties.map((county) => {
    const { scores } = assessmentOf(workspace, county.code);
    const cells = instrument.statements.map(({ id }) => ({ statementId: id, score: scores[id] ?? null }));
    const given = cells.flatMap((cell) => (cell.score === null ? [] : [cell.score]));
    const total = given.length === 0 ? null : given.reduce<number>((sum, score) => sum + score, 0);
    return { county, cells, total, scored: given.length };
  });
}

function scoreOf(row: HeatmapRow, statementId: string): Score | null {
  return row.cells.find((cell) => cell.statementId === statementId)?.score ?? null;
}

/** Sorts as every statement table does (`sortByStatement`), by the county's score on a statement. */
export function sortHeatmapRows(rows: readonly HeatmapRow[], sort: HeatmapSort): HeatmapRow[] {
  return sortByStatement(rows, sort, scoreOf);
}

/** The national distribution of every statement, in instrument order. */
export function statementDistributions(instrument: Instrument, rows: readonly HeatmapRow[]): StatementDistribution[] {
  return instrument.statements.map(({ id }) => {
    const counts: Record<Score, number> = { 0: 0, 1: 0, 2: 0 };
    let unscored = 0;
    for (const row of rows) {
      const score = scoreOf(row, id);
      if (score === null) unscored += 1;
      else counts[score] += 1;
    }
    return { statementId: id, counts, unscored };
  });
}

export function buildHeatmap(instrument: Instrument, workspace: RoundScores, sort: HeatmapSort): Heatmap {
  const rows = heatmapRows(instrument, workspace);
  return {
    groups: heatmapGroups(instrument),
    rows: sortHeatmapRows(rows, sort),
    distributions: statementDistributions(instrument, rows),
    coverage: countyCoverage(instrument, workspace),
  };
}

export const sameHeatmapKey = sameStatementSortKey;
