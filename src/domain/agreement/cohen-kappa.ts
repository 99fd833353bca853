/**
 * Cohen's kappa for two raters from their table of counts (rows: the first rater's category,
 * columns: the second's, in the categories' order), unweighted or weighted (Cohen 1968):
 * κ_w = 1 − Σ v_ij·o_ij / Σ v_ij·e_ij, with v the disagreement weight of a pair of categories,
 * o the observed and e the chance proportions.
 */
export type KappaWeights = 'unweighted' | 'linear' | 'quadratic' | ReadonlyArray<ReadonlyArray<number>>;

/** κ from −1 to 1, or null where it is undefined: no units, or no disagreement possible by chance. */
export function cohenKappa(table: ReadonlyArray<ReadonlyArray<number>>, weights: KappaWeights = 'unweighted'): number | null {
  const size = table.length;
  const total = table.reduce((sum, row) => sum + row.reduce((rowSum, cell) => rowSum + cell, 0), 0);
  if (size === 0 || total === 0) return null;
  const rows = table.map((row) => row.reduce((sum, cell) => sum + cell, 0) / total);
  const columns = table.map((_, j) => table.reduce((sum, row) => sum + (row[j] ?? 0), 0) / total);
  const weight = disagreement(weights, size);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      const v = weight(i, j);
      observed += (v * (table[i]?.[j] ?? 0)) / total;
      expected += v * (rows[i] ?? 0) * (columns[j] ?? 0);
    }
  }
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/** The table of counts of two raters' scores over the units both scored, categories in order. */
export function kappaTable(pairs: ReadonlyArray<readonly [number, number]>, categories: readonly number[]): number[][] {
  const index = new Map(categories.map((category, i) => [category, i]));
  const table = categories.map(() => categories.map(() => 0));
  for (const [first, second] of pairs) {
    const row = index.get(first);
    const column = index.get(second);
    if (row === undefined || column === undefined) throw new Error(`a score outside the scale: ${first}, ${second}`);
    const cells = table[row];
    if (cells) cells[column] = (cells[column] ?? 0) + 1;
  }
  return table;
}

function disagreement(weights: KappaWeights, size: number): (i: number, j: number) => number {
  if (weights === 'unweighted') return (i, j) => (i === j ? 0 : 1);
  if (weights === 'linear') return (i, j) => Math.abs(i - j);
  if (weights === 'quadratic') return (i, j) => (i - j) ** 2;
  if (weights.length !== size || weights.some((row) => row.length !== size)) {
    throw new Error(`the weights must be a ${size} × ${size} table`);
  }
  return (i, j) => weights[i]?.[j] ?? 0;
}
