// The budget lines of `npm run bench`, each printed the same way: what is measured, its time (mean
// and median), the floor measured in the same run, the ratio, the budget and the verdict. Every
// bench budget is a ratio to a floor, not milliseconds: the machines are shared, and the floor
// moves with them (docs/performance.md, "Why ratios"). Judged on the mean, as the budget is
// written; the median is printed beside it because a busy machine hurts it less.
import { ms, overBudget } from '../plain-table.mjs';

export const BUDGET_HEADER = ['budget line', 'mean', 'median', 'floor mean', 'floor median', 'ratio mean', 'ratio median', 'budget', 'verdict'];

const times = (value) => `${value.toFixed(1)}×`;

/**
 * One budget line from two benchmarks of vitest's report. `per` divides the times when one
 * iteration does the work several times over (the rounds' benchmarks do all ten rounds), so that
 * the milliseconds are those of the work the budget names; the ratio is the same either way.
 */
export function budgetLine({ name, work, floor, limit, per = 1 }) {
  const ratio = work.mean / floor.mean;
  return [
    name,
    ms(work.mean / per),
    ms(work.median / per),
    ms(floor.mean / per),
    ms(floor.median / per),
    times(ratio),
    times(work.median / floor.median),
    `≤ ${limit}× the floor`,
    overBudget(ratio <= limit),
  ];
}
