// Score clicks while Figur 1–6 are on screen. The app shows the figures on their own page, never
// beside the scoring page, so this opens both in two windows of one browser context, the way a
// person would put two windows side by side; the figures window follows the scoring window
// through BroadcastChannel. Measured: the click's latency in the scoring window, the time from the
// click until the changed figures are on screen in the other window, and per click which charts
// changed in the DOM against which figures' numbers changed (each click moves exactly one area's
// level).
import { importWorkspace, openCounty, openFigures } from './app-pages.mjs';
import { devTools, freshContext, newWindow, throttleCpu } from './browser.mjs';
import { clickCounter, clickScores } from './click-latency.mjs';
import { checkWindows } from './window-check.mjs';

const WARM_UP_CLICKS = 6;
const BUSY_MS = 300;

/**
 * How far this page's clock (performance.timeOrigin + performance.now(), in epoch ms) runs ahead of
 * the system clock. Each renderer process converts its monotonic clock to epoch time on its own, so
 * times from two windows are compared only after subtracting each one's offset.
 */
function clockOffset(page) {
  return page.evaluate(() => {
    let sum = 0;
    const reads = 200;
    for (let i = 0; i < reads; i += 1) sum += performance.timeOrigin + performance.now() - Date.now();
    // Date.now() truncates to whole milliseconds, half a millisecond on average.
    return sum / reads - 0.5;
  });
}

/**
 * Whether the two windows share one main thread: how long a 50 ms timer in one takes while the other
 * is kept busy for BUSY_MS. About 50 ms means separate threads (separate renderer processes).
 */
async function timerDelayWhileOtherBusy(quiet, busy) {
  const timer = quiet.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start), 50);
      }),
  );
  await busy.evaluate((ms) => {
    const start = performance.now();
    while (performance.now() - start < ms);
  }, BUSY_MS);
  return timer;
}

export async function measureWithFigures(browser, base, errors, { clicks, rates }) {
  const context = await freshContext(browser, errors);
  try {
    const scoring = await context.newPage();
    await importWorkspace(scoring, base);
    await openCounty(scoring, base);
    const figures = await newWindow(context);
    await openFigures(figures, base);
    const charts = await figures.evaluate(() => window.__chartWatch.start());
    const windows = await checkWindows(browser, { scoring, figures });
    const sessions = await Promise.all([devTools(scoring), devTools(figures)]);
    const timerDelay = await timerDelayWhileOtherBusy(scoring, figures);
    const clockSkew = (await clockOffset(figures)) - (await clockOffset(scoring));
    const counter = clickCounter();

    const run = async (count, rate) => {
      // A figure that changes nothing is not waited for past the timeout; a change is waited for
      // until the charts have been quiet a while and its frame is out.
      const quietMs = 100 * rate;
      const timeoutMs = 1500 * rate;
      const seen = [];
      const samples = await clickScores(scoring, counter, count, {
        beforeEach: () => figures.evaluate(() => window.__chartWatch.begin()),
        afterEach: async () => seen.push(await figures.evaluate(([q, t]) => window.__chartWatch.settle(q, t), [quietMs, timeoutMs])),
      });
      return samples.map((sample, i) => ({ ...sample, figures: seen[i] }));
    };

    await run(WARM_UP_CLICKS, 1);
    const results = { charts, windows, timerDelay, busyMs: BUSY_MS };
    for (const rate of rates) {
      for (const session of sessions) await throttleCpu(session, rate);
      const clicksSeen = await run(clicks, rate);
      results[rate] = {
        scoring: clicksSeen.map((click) => click.latency),
        figuresOnScreen: clicksSeen
          .filter((click) => click.figures?.frameAt)
          .map((click) => click.figures.frameAt - clockSkew - click.clickAt),
        noFigureChange: clicksSeen.filter((click) => !click.figures?.frameAt).length,
        chartsChanged: clicksSeen.map((click) => click.figures?.chartsChanged.length ?? 0),
        tablesChanged: clicksSeen.map((click) => click.figures?.tablesChanged.length ?? 0),
        chartsChangedWithoutNewNumbers: clicksSeen.reduce(
          (sum, click) => sum + (click.figures?.chartsChanged.filter((figure) => !click.figures.tablesChanged.includes(figure)).length ?? 0),
          0,
        ),
      };
    }
    return results;
  } finally {
    await context.close();
  }
}
