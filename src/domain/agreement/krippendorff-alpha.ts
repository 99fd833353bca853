/**
 * Krippendorff's alpha, computed as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": from the coincidence matrix of the values that share a unit, for any number
 * of raters, with missing values. A unit counts only when at least two raters gave it a value.
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** One unit's values, one per rater who gave one; a missing value is left out (or null). */
export type AlphaUnit = ReadonlyArray<number | null | undefined>;

type Coincidences = { values: number[]; matrix: number[][]; totals: number[]; n: number };

/**
 * Alpha for the units under the metric, from −1 to 1 (1: perfect agreement, 0: no better than
 * chance), or null where it is undefined: fewer than two pairable values, or no variation at all
 * (every value the same, so disagreement by chance is 0).
 */
export function krippendorffAlpha(units: readonly AlphaUnit[], metric: AlphaMetric): number | null {
  return alphaOf(coincidenceMatrix(units), metric);
}

/**
 * Alpha from the coincidence matrix o_ck of the values, smallest first, as the units give it: for
 * a view that counts o_ck itself (the agreement table, from its counts of pairs). A value no unit
 * has (a row and column of zeros) changes nothing, to the last bit.
 */
export function alphaOfCoincidences(values: readonly number[], matrix: readonly (readonly number[])[], metric: AlphaMetric): number | null {
  const totals = matrix.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  return alphaOf({ values: [...values], matrix: matrix.map((row) => [...row]), totals, n: totals.reduce((sum, total) => sum + total, 0) }, metric);
}

function alphaOf(coincidences: Coincidences, metric: AlphaMetric): number | null {
  if (coincidences.n < 2) return null;
  const delta = distance(metric, coincidences);
  const { values, matrix, totals, n } = coincidences;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c += 1) {
    for (let k = 0; k < values.length; k += 1) {
      const d = delta(c, k);
      observed += (matrix[c]?.[k] ?? 0) * d;
      expected += (totals[c] ?? 0) * (totals[k] ?? 0) * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** o_ck: each ordered pair of values within a unit, weighted 1 / (m_u − 1). */
function coincidenceMatrix(units: readonly AlphaUnit[]): Coincidences {
  const pairable = units
    .map((unit) => unit.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)))
    .filter((unit) => unit.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((value, i) => [value, i]));
  const matrix = values.map(() => values.map(() => 0));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i += 1) {
      for (let j = 0; j < unit.length; j += 1) {
        if (i === j) continue;
        const row = matrix[index.get(unit[i] as number) ?? 0];
        const column = index.get(unit[j] as number) ?? 0;
        if (row) row[column] = (row[column] ?? 0) + weight;
      }
    }
  }
  const totals = matrix.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  return { values, matrix, totals, n: totals.reduce((sum, total) => sum + total, 0) };
}

/** δ²(c, k) between the c-th and k-th value present, by the metric's definition. */
function distance(metric: AlphaMetric, { values, totals }: Coincidences): (c: number, k: number) => number {
  const value = (i: number) => values[i] ?? 0;
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (value(c) - value(k)) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = value(c) + value(k);
        return sum === 0 ? 0 : ((value(c) - value(k)) / sum) ** 2;
      };
    case 'ordinal': {
      // The ranks between two values, counted by how often each value occurs (n_g).
      const cumulative = [0];
      for (const total of totals) cumulative.push((cumulative[cumulative.length - 1] ?? 0) + total);
      return (c, k) => {
        if (c === k) return 0;
        const [low, high] = c < k ? [c, k] : [k, c];
        const between = (cumulative[high + 1] ?? 0) - (cumulative[low] ?? 0);
        return (between - ((totals[low] ?? 0) + (totals[high] ?? 0)) / 2) ** 2;
      };
    }
  }
}
