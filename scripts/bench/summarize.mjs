// Reads the JSON report of `vitest bench` (tests/bench/*.bench.ts) and prints the few figures the
// budget speaks of: assessments per second, one full re-aggregation (mean, p99) against the floor
// of merely reading every score once, and the ratio; then every budget line of the bench, the
// round's figures and agreement table of a large workspace among them. Timings only: it never
// fails on a budget.
import { readFileSync } from 'node:fs';
import { ms, overBudget, plainTable } from '../plain-table.mjs';
import { BUDGET_HEADER, budgetLine } from './budget-lines.mjs';

// The names in tests/bench/bench-names.ts.
const GROUPS = { counties: '21 counties', synthetic: '8,700 assessments', rounds: '10 rounds × 21 counties × 4 score sets' };
const NAMES = {
  rateCounty: 'rateCounty for every assessment',
  distributeAll: 'distributeAll (full re-aggregation)',
  floor: 'floor: read every score once',
  roundFigures: 'all figures of a round, from the workspace',
  agreedFloor: 'floor: read the agreed scores once',
  agreementTable: 'agreement table of a round, from the workspace',
  raterFloor: "floor: read the raters' scores once",
};
/** The rounds' benchmarks do the work of each of the ten rounds in one iteration. */
const ROUNDS = 10;
const ASSESSMENTS = { counties: 21, synthetic: 8700 };
// docs/performance.md: one full re-aggregation of 8,700 within 5× the floor measured in the same
// run; all figures of a round and one agreement table of a round of the large workspace each
// within 3× the floor of reading the scores they read.
const BUDGET = { floorRatio: 5, roundFloorRatio: 3 };

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

const budgetRows = [
  BUDGET_HEADER,
  budgetLine({
    name: 'Full re-aggregation of 8,700 assessments (distributeAll)',
    work: result('synthetic', 'distributeAll'),
    floor: result('synthetic', 'floor'),
    limit: BUDGET.floorRatio,
  }),
  budgetLine({
    name: 'All figures of a round (21 counties × 10 rounds × 4 score sets)',
    work: result('rounds', 'roundFigures'),
    floor: result('rounds', 'agreedFloor'),
    limit: BUDGET.roundFloorRatio,
    per: ROUNDS,
  }),
  budgetLine({
    name: 'One agreement table of a round (three raters)',
    work: result('rounds', 'agreementTable'),
    floor: result('rounds', 'raterFloor'),
    limit: BUDGET.roundFloorRatio,
    per: ROUNDS,
  }),
];
console.log(`\nBudget lines of the bench (judged on the mean; a round's times are per round, each iteration doing all ${ROUNDS})\n`);
console.log(plainTable(budgetRows));
