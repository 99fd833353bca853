import type { AreaComparison, AreaLevels } from './side-by-side';

/** How many rows of a table differ between the chosen counties, of how many in all. */
export type DifferenceCount = { differing: number; total: number };

export type SideBySideRows = {
  /** The level table's rows, in instrument order. */
  levels: AreaLevels[];
  /** The statement table's areas and rows, in instrument order; an area with no row left is left out. */
  statements: AreaComparison[];
  /** Counted over every row, whether it is shown or not. */
  counts: { areas: DifferenceCount; statements: DifferenceCount };
};

/**
 * The rows Sida vid sida's two tables show: all of them, or with `onlyDifferences` only the areas
 * and statements where the chosen counties differ (`differs` of `levelsByArea` and
 * `compareStatements`), each table in its own order.
 */
export function sideBySideRows(levels: readonly AreaLevels[], statements: readonly AreaComparison[], onlyDifferences: boolean): SideBySideRows {
  const allStatements = statements.flatMap((area) => area.rows);
  const counts = {
    areas: { differing: levels.filter((row) => row.differs).length, total: levels.length },
    statements: { differing: allStatements.filter((row) => row.differs).length, total: allStatements.length },
  };
  if (!onlyDifferences) return { levels: [...levels], statements: [...statements], counts };
  return {
    levels: levels.filter((row) => row.differs),
    statements: statements.flatMap((area) => {
      const rows = area.rows.filter((row) => row.differs);
      return rows.length === 0 ? [] : [{ ...area, rows }];
    }),
    counts,
  };
}
