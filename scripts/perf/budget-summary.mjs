// The "Budget" block at the end of `npm run perf`: every line of the budget that is measured in the
// browser, each with its figure and a verdict, in the budget's order. A part that was not run or
// could not measure says so, so the block always has every line.
import { benchmarkIndexes } from '../lighthouse/lighthouse-runs.mjs';
import { ms, overBudget, plainTable } from '../plain-table.mjs';
import { BUDGET } from './budget.mjs';
import { clsFigure, heapGrowth, megabytes, percent, times } from './report.mjs';
import { latencySummary } from './stats.mjs';

/** What a part's line shows when the part has no result: skipped, or the error it ended with. */
function missing(part) {
  return part?.error ? ['could not measure', part.error] : ['not run', '–'];
}

function clickLines(target, part) {
  const rates = Object.keys(BUDGET.clickRatio).map(Number);
  return rates.map((rate) => {
    const label = `Score click p95 / bare page p95, ${target.name} ${target.path}, ${rate}× CPU (≤ ${BUDGET.clickRatio[rate]}×)`;
    const result = part?.result?.[rate];
    if (!result) return [label, ...missing(part)];
    const app = latencySummary(result.app).p95;
    const floor = latencySummary(result.floor).p95;
    const verdict = overBudget(app / floor <= BUDGET.clickRatio[rate]);
    return [label, `${times(app / floor)} (${ms(app)} / ${ms(floor)})`, result.windows.ok ? verdict : `${verdict}; windows check failed`];
  });
}

function heapLine(part) {
  const label = `Heap growth over ${part?.result?.clicks.toLocaleString('en-GB') ?? '1,000'} clicks after warm-up (≤ ${BUDGET.heapGrowthPercent} %)`;
  if (!part?.result) return [label, ...missing(part)];
  const growth = heapGrowth(part.result);
  const { before, after } = part.result;
  return [label, `${percent(growth)} (${megabytes(before.heap)} → ${megabytes(after.heap)})`, overBudget(growth <= BUDGET.heapGrowthPercent)];
}

function clsLine(part) {
  const label = `CLS of the first load of #/lan, worst of ${part?.result?.length ?? 3} (CLS ${BUDGET.cls})`;
  if (!part?.result) return [label, ...missing(part)];
  const worst = Math.max(...part.result.map((run) => run.cls));
  return [label, `CLS ${clsFigure(worst)}`, overBudget(worst <= BUDGET.cls)];
}

function syncLine(part) {
  const [run] = part?.result ?? [];
  const label = 'Sync, a full round (21 × 32 × 4) into a fresh browser (no threshold)';
  if (!run) return [label, ...missing(part)];
  return [label, `${run.seconds.toFixed(1)} s, ${run.requests} requests`, 'reported'];
}

function lighthouseLine(part) {
  const label = `Lighthouse mobile, median of ${part?.result?.runs.length ?? 3} (≥ ${BUDGET.lighthouseScore})`;
  if (!part?.result) return [label, ...missing(part)];
  const { score, runs } = part.result;
  return [label, `${score} (CPU index ${benchmarkIndexes(runs)})`, overBudget(score >= BUDGET.lighthouseScore)];
}

/**
 * `parts` holds each part's { result } or { error } by name (run.mjs); `targets` the clicked pages.
 * `load` is the load average at the start and the end, and the number of CPUs.
 */
export function printBudgetSummary(parts, targets, load) {
  const rows = [
    ['budget line', 'figure', 'verdict'],
    ...clickLines(targets.scoring, parts.clicks),
    ...clickLines(targets.reconcile, parts.reconcile),
    heapLine(parts.memory),
    clsLine(parts.lcp),
    syncLine(parts.sync),
    lighthouseLine(parts.lighthouse),
  ];
  console.log(`\nBudget: the lines measured in the browser (load average ${load.start} at the start, ${load.end} at the end, on ${load.cpus} CPUs)\n`);
  console.log(plainTable(rows));
  console.log('The JavaScript sizes are printed by `npm run size`, the aggregation by `npm run bench`.');
}
