// Reads the JSON report of `vitest bench` (tests/bench/rating.bench.ts) and prints the few figures
// the budget speaks of: assessments per second, one full re-aggregation (mean, p99) against the
// floor of merely reading every score once, and the ratio. Timings only: it never fails on a budget.
import { readFileSync } from 'node:fs';
import { ms, overBudget, plainTable } from '../plain-table.mjs';

// The names in tests/bench/bench-names.ts.
const GROUPS = { counties: '21 counties', synthetic: '8,700 assessments' };
const NAMES = {
  rateCounty: 'rateCounty for every assessment',
  distributeAll: 'distributeAll (full re-aggregation)',
  floor: 'floor: read every score once',
};
const ASSESSMENTS = { counties: 21, synthetic: 8700 };
// docs/performance.md: one full re-aggregation of 8,700 within 5× the floor measured in the same
// run. A ratio, not milliseconds: the machines are shared, and the floor moves with them.
const BUDGET = { floorRatio: 5 };

const path = process.argv[2] ?? 'reports/bench.json';
let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.error(`No readable benchmark report at ${path}: ${error.message}`);
  process.exit(1);
}

const groups = report.files.flatMap((file) => file.groups);
function result(groupKey, nameKey) {
  const group = groups.find((candidate) => candidate.fullName.endsWith(`> ${GROUPS[groupKey]}`));
  const found = group?.benchmarks.find((benchmark) => benchmark.name === NAMES[nameKey]);
  if (!found) {
    console.error(`The report has no benchmark "${GROUPS[groupKey]} > ${NAMES[nameKey]}"`);
    process.exit(1);
  }
  return found;
}

const perSecond = (count, millis) => Math.round((count * 1000) / millis).toLocaleString('en-GB');
const times = (value) => `${value.toFixed(1)}×`;

const rows = [['', 'mean', 'median', 'p99', 'budget', 'verdict']];
for (const key of ['counties', 'synthetic']) {
  const count = ASSESSMENTS[key];
  const rate = result(key, 'rateCounty');
  const all = result(key, 'distributeAll');
  const floor = result(key, 'floor');
  const budgeted = key === 'synthetic';
  rows.push([`${GROUPS[key]}`, '', '', '', '', '']);
  rows.push(['  assessments/s, full re-aggregation', perSecond(count, all.mean), perSecond(count, all.median), '', '', '']);
  rows.push(['  assessments/s, rateCounty with its checks', perSecond(count, rate.mean), perSecond(count, rate.median), '', '', '']);
  rows.push([
    '  full re-aggregation (distributeAll)',
    ms(all.mean),
    ms(all.median),
    ms(all.p99),
    '',
    '',
  ]);
  rows.push(['  floor: read every score once', ms(floor.mean), ms(floor.median), ms(floor.p99), '', '']);
  rows.push([
    '  ratio re-aggregation / floor',
    times(all.mean / floor.mean),
    times(all.median / floor.median),
    '',
    budgeted ? `≤ ${BUDGET.floorRatio}×` : '',
    budgeted ? overBudget(all.mean / floor.mean <= BUDGET.floorRatio) : '',
  ]);
}

console.log('\nRating benchmark, summary (budget is judged on the mean; the median is less hurt by a busy machine)\n');
console.log(plainTable(rows));
