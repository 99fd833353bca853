// Prints the measurements as plain tables, with "ok" or "over budget" beside each figure the
// budget speaks of, as soon as each part is measured.
import { ms, overBudget, plainTable } from '../plain-table.mjs';
import { BUDGET } from './budget.mjs';
import { latencySummary, mean, median } from './stats.mjs';
import { describeWindows } from './window-check.mjs';

export const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
export const megabytes = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
export const percent = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;

/** One row of a latency table; `judged` when the budget speaks of its ratio to the bare page. */
function latencyRow(label, rate, values, floorP95, judged) {
  const summary = latencySummary(values);
  const ratio = floorP95 === undefined ? Number.NaN : summary.p95 / floorP95;
  const limit = BUDGET.clickRatio[rate];
  return [
    label,
    `${rate}×`,
    String(summary.count),
    ms(summary.p50),
    ms(summary.p95),
    ms(summary.max),
    floorP95 === undefined ? '' : times(ratio),
    judged ? `${overBudget(ratio <= limit)} (≤ ${limit}×)` : '',
  ];
}

const LATENCY_HEADER = ['click to next frame', 'CPU', 'clicks', 'p50', 'p95', 'max', 'p95 / bare p95', 'budget'];

/** The clicks on one page of the app (CLICKED_PAGES) beside the bare page, per rate, with the window check. */
export function printClicks(target, clicks) {
  const rows = [LATENCY_HEADER];
  for (const rate of Object.keys(clicks).map(Number)) {
    const { floor, app } = clicks[rate];
    const floorP95 = latencySummary(floor).p95;
    rows.push(latencyRow('bare page, one button (floor)', rate, floor));
    rows.push(latencyRow(`${target.name} ${target.path}`, rate, app, floorP95, true));
  }
  console.log(`\nScore clicks on the ${target.name}: from the click event to the next frame produced (ms)\n`);
  console.log(plainTable(rows));
  for (const [rate, result] of Object.entries(clicks)) console.log(`Windows at ${rate}×: ${describeWindows(result.windows)}.`);
  const checks = Object.entries(clicks)
    .filter(([, result]) => result.throttling !== 1)
    .map(([rate, result]) => `${rate}× made a fixed loop ${result.throttling.toFixed(1)}× slower`);
  if (checks.length > 0) console.log(`Throttling check: ${checks.join('; ')}.`);
}

/** Clicks on the scoring page with Figur 1–6 open in a second window: information, no budget line. */
export function printFigures(figures) {
  // No bare page beside these: the budget's ratios are the scoring page's, measured on its own.
  const rows = [LATENCY_HEADER.slice(0, 6)];
  for (const rate of Object.keys(figures).filter((key) => /^\d+$/.test(key)).map(Number)) {
    rows.push(latencyRow('scoring page, figures in a 2nd window', rate, figures[rate].scoring).slice(0, 6));
    rows.push(latencyRow('click → changed figure on screen (2nd window)', rate, figures[rate].figuresOnScreen).slice(0, 6));
  }
  console.log('\nScore clicks with Figur 1–6 open in a second window (ms)\n');
  console.log(plainTable(rows));
  printCharts(figures);
}

function printCharts(figures) {
  const rows = [['per score click, figures window', 'CPU', 'clicks', 'charts changed (mean)', 'max', 'figures whose numbers changed (mean)', 'charts changed with unchanged numbers', 'no change seen']];
  for (const rate of Object.keys(figures).filter((key) => /^\d+$/.test(key)).map(Number)) {
    const result = figures[rate];
    rows.push([
      `${figures.charts} charts watched`,
      `${rate}×`,
      String(result.chartsChanged.length),
      mean(result.chartsChanged).toFixed(2),
      String(Math.max(...result.chartsChanged)),
      mean(result.tablesChanged).toFixed(2),
      String(result.chartsChangedWithoutNewNumbers),
      String(result.noFigureChange),
    ]);
  }
  console.log('\nFigur 1–6 while scoring: charts whose SVG changed per click (MutationObserver on each .figure-chart)\n');
  console.log(plainTable(rows));
  console.log(`Windows: ${describeWindows(figures.windows)}.`);
  const separate = figures.timerDelay < figures.busyMs / 2;
  console.log(
    `The windows run on ${separate ? 'separate main threads' : 'one main thread'}: a ${figures.busyMs} ms busy loop in the figures window ` +
      `held a 50 ms timer in the scoring window to ${figures.timerDelay.toFixed(0)} ms.`,
  );
}

/** The heap's growth over the measured clicks, from the warm baseline (the budget's figure). */
export function heapGrowth(memory) {
  return ((memory.after.heap - memory.before.heap) / memory.before.heap) * 100;
}

export function printMemory(memory) {
  const { before, after } = memory;
  const growth = heapGrowth(memory);
  const warmUp = memory.warmUpClicks.toLocaleString('en-GB');
  const rows = [
    ['scoring page', 'before', 'after', 'change', 'budget'],
    [`JS heap, ${warmUp} warm-up clicks (V8 compiling)`, megabytes(memory.cold.heap), megabytes(before.heap), percent(((before.heap - memory.cold.heap) / memory.cold.heap) * 100), ''],
    [`JS heap used, the next ${memory.clicks.toLocaleString('en-GB')} clicks`, megabytes(before.heap), megabytes(after.heap), percent(growth), `${overBudget(growth <= BUDGET.heapGrowthPercent)} (≤ ${BUDGET.heapGrowthPercent} %)`],
    ['DOM nodes', String(before.nodes), String(after.nodes), percent(((after.nodes - before.nodes) / before.nodes) * 100), ''],
    [`click p50, first ${memory.tail} → last ${memory.tail} clicks`, ms(memory.firstClicksP50), ms(memory.lastClicksP50), percent(((memory.lastClicksP50 - memory.firstClicksP50) / memory.firstClicksP50) * 100), ''],
  ];
  console.log('\nMemory: after a full garbage collection, every change saved\n');
  console.log(plainTable(rows));
}

/** CLS as a figure: 0 when nothing shifted, else two significant digits, however small (the budget is 0). */
export function clsFigure(cls) {
  return cls === 0 ? '0' : cls.toPrecision(2);
}

export function printLcp(lcp, rate) {
  const rows = [['first screen #/lan, fresh context', 'CPU', 'LCP', 'element', 'CLS', 'layout shifts']];
  lcp.forEach((run, i) => rows.push([`run ${i + 1}`, `${rate}×`, ms(run.ms), run.element, clsFigure(run.cls), String(run.shifts)]));
  const worst = Math.max(...lcp.map((run) => run.cls));
  rows.push(['median', `${rate}×`, ms(median(lcp.map((run) => run.ms))), '', `worst ${clsFigure(worst)}`, '']);
  console.log('\nLargest Contentful Paint and Cumulative Layout Shift of the first load (no network throttling: served from this machine)\n');
  console.log(plainTable(rows));
  const moved = [...new Set(lcp.flatMap((run) => run.moved))];
  if (moved.length > 0) console.log(`What shifted: ${moved.join('; ')}.`);
  console.log(`CLS ${clsFigure(worst)} in the worst run: ${overBudget(worst <= BUDGET.cls)} (CLS ${BUDGET.cls}).`);
}

export function printSync(runs) {
  const rows = [['full round into a fresh browser', 'documents', 'seconds to "Synkroniserad"', 'requests to the server']];
  runs.forEach((run, i) => rows.push([`run ${i + 1}`, String(run.documents), run.seconds.toFixed(1), String(run.requests)]));
  console.log('\nSync: a full round from the team server (pouchdb-server in memory) into a fresh browser\n');
  console.log(plainTable(rows));
}
