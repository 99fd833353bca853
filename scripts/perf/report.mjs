// Prints the measurements as plain tables, with "over budget" beside each figure the budget
// speaks of.
import { ms, overBudget, plainTable } from '../plain-table.mjs';
import { BUDGET } from './budget.mjs';
import { latencySummary, mean, median } from './stats.mjs';

const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const percent = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;

function latencyRow(label, rate, values, floorP95) {
  const summary = latencySummary(values);
  const limit = BUDGET.clickP95Ms[rate];
  const ratio = summary.p95 / floorP95;
  const judged = floorP95 !== undefined;
  return [
    label,
    `${rate}×`,
    String(summary.count),
    ms(summary.p50),
    ms(summary.p95),
    ms(summary.max),
    judged ? `${overBudget(summary.p95 <= limit)} (≤ ${limit} ms)` : '',
    judged ? times(ratio) : '',
    judged ? `${overBudget(ratio <= BUDGET.floorRatio)} (≤ ${BUDGET.floorRatio}×)` : '',
  ];
}

export function printClicks(clicks, figures) {
  const rows = [['click to next frame', 'CPU', 'clicks', 'p50', 'p95', 'max', 'p95 budget', 'p95 / floor p95', 'ratio budget']];
  for (const rate of Object.keys(clicks).map(Number)) {
    const { floor, app } = clicks[rate];
    const floorP95 = latencySummary(floor).p95;
    rows.push(latencyRow('bare page, one button (floor)', rate, floor));
    rows.push(latencyRow('scoring page #/lan/06', rate, app, floorP95));
    if (figures[rate]) {
      rows.push(latencyRow('scoring page, figures open in a 2nd tab', rate, figures[rate].scoring, floorP95));
      rows.push(latencyRow('click → changed figure on screen (2nd tab)', rate, figures[rate].figuresOnScreen, floorP95));
    }
  }
  console.log('\nScore clicks: from the click event to the next frame produced (ms)\n');
  console.log(plainTable(rows));
  const checks = Object.entries(clicks)
    .filter(([, result]) => result.throttling !== 1)
    .map(([rate, result]) => `${rate}× made a fixed loop ${result.throttling.toFixed(1)}× slower`);
  if (checks.length > 0) console.log(`\nThrottling check: ${checks.join('; ')}.`);
}

export function printCharts(figures) {
  const rows = [['per score click, figures tab', 'CPU', 'clicks', 'charts changed (mean)', 'max', 'figures whose numbers changed (mean)', 'charts changed with unchanged numbers', 'no change seen']];
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
  console.log(`Tabs' visibility: scoring ${figures.visibility[0]}, figures ${figures.visibility[1]}.`);
  const separate = figures.timerDelay < figures.busyMs / 2;
  console.log(
    `The tabs run on ${separate ? 'separate main threads' : 'one main thread'}: a ${figures.busyMs} ms busy loop in the figures tab ` +
      `held a 50 ms timer in the scoring tab to ${figures.timerDelay.toFixed(0)} ms.`,
  );
}

export function printMemory(memory) {
  const { before, after } = memory;
  const growth = ((after.heap - before.heap) / before.heap) * 100;
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

export function printLcp(lcp, rate) {
  const rows = [['first screen #/lan, fresh context', 'CPU', 'LCP', 'element']];
  lcp.forEach((run, i) => rows.push([`run ${i + 1}`, `${rate}×`, ms(run.ms), run.element]));
  rows.push(['median', `${rate}×`, ms(median(lcp.map((run) => run.ms))), '']);
  console.log('\nLargest Contentful Paint (no network throttling: served from this machine)\n');
  console.log(plainTable(rows));
}
