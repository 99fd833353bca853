// Click-to-next-frame latency of score clicks on a page of the app (the scoring page, or the
// reconciliation view), beside the same clicks on a bare page (the floor: what Playwright's input,
// the browser and a frame cost with no app at all), at each CPU rate. The app and the floor are
// clicked in alternating blocks, so a busy moment of a shared machine falls on both rather than
// on one. Each is in a browser context of its own, and so in a window of its own: both are
// visible and drawn at once, which is checked and reported at each rate (window-check.mjs).
import { importWorkspace } from './app-pages.mjs';
import { devTools, freshContext, throttleCpu } from './browser.mjs';
import { clickCounter, clickFloorButton, clickScores } from './click-latency.mjs';
import { checkWindows } from './window-check.mjs';
import { clickPlan } from './workspace-fixture.mjs';

const BLOCKS = 3;
const WARM_UP_CLICKS = 9;
// The empty icon keeps the browser from asking the server for /favicon.ico.
const FLOOR_PAGE =
  '<!doctype html><html lang="en"><title>Floor</title><link rel="icon" href="data:,"><button type="button">off</button></html>';

/**
 * A page with one button whose click handler toggles its text, and nothing else. Playwright
 * answers its address on the preview server's origin, so it loads as a real document (with the
 * probe) in the same kind of renderer as the app; dist/ is not touched.
 */
async function openFloorPage(context, base) {
  const page = await context.newPage();
  const url = `${base}perf-floor.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: FLOOR_PAGE }));
  await page.goto(url);
  await page.evaluate(() => {
    const button = document.querySelector('button');
    button?.addEventListener('click', () => {
      button.textContent = button.textContent === 'off' ? 'on' : 'off';
    });
  });
  return page;
}

/**
 * How much slower a fixed piece of work runs under the throttling than without it: a check that
 * the DevTools throttling took effect (it should be close to the rate).
 */
async function throttlingCheck(page, session, rate) {
  const work = () =>
    page.evaluate(() => {
      const start = performance.now();
      let x = 0;
      for (let i = 0; i < 3e6; i += 1) x = (x + i * 7) % 1000003;
      return [performance.now() - start, x];
    });
  const best = async () => {
    let fastest = Infinity;
    for (let i = 0; i < 5; i += 1) fastest = Math.min(fastest, (await work())[0]);
    return fastest;
  };
  await throttleCpu(session, 1);
  const unthrottled = await best();
  await throttleCpu(session, rate);
  const throttled = await best();
  await throttleCpu(session, 1);
  return throttled / unthrottled;
}

/** The score the last click picked is the one now checked: the clicks change what they mean to. */
async function expectLastClickTookEffect(page, target, counter) {
  const { statement, score } = clickPlan(counter.next - 1);
  if (!(await target.radio(page, statement, score).isChecked())) {
    throw new Error(`after clicking ${score} on ${statement} on the ${target.name}, ${score} is not the checked score`);
  }
}

/**
 * `target` is one of CLICKED_PAGES (app-pages.mjs): which workspace to import, which page to open
 * and which radio buttons to click there.
 */
export async function measureScoreClicks(browser, base, errors, { clicks, rates, target }) {
  const floorContext = await freshContext(browser, errors);
  const appContext = await freshContext(browser, errors);
  try {
    const floor = await openFloorPage(floorContext, base);
    const app = await appContext.newPage();
    await importWorkspace(app, base, { raters: target.raters });
    await target.open(app, base);
    const floorSession = await devTools(floor);
    const appSession = await devTools(app);
    const counter = clickCounter();
    const clickApp = (count) => clickScores(app, counter, count, { radio: target.radio });
    await clickFloorButton(floor, WARM_UP_CLICKS);
    await clickApp(WARM_UP_CLICKS);
    await expectLastClickTookEffect(app, target, counter);

    const results = {};
    for (const rate of rates) {
      const throttling = rate === 1 ? 1 : await throttlingCheck(floor, floorSession, rate);
      await throttleCpu(floorSession, rate);
      await throttleCpu(appSession, rate);
      const windows = await checkWindows(browser, { 'bare page': floor, [target.name]: app });
      const floorLatencies = [];
      const appLatencies = [];
      const perBlock = Math.ceil(clicks / BLOCKS);
      for (let block = 0; block < BLOCKS; block += 1) {
        floorLatencies.push(...(await clickFloorButton(floor, perBlock)).map((sample) => sample.latency));
        appLatencies.push(...(await clickApp(perBlock)).map((sample) => sample.latency));
      }
      results[rate] = { floor: floorLatencies, app: appLatencies, throttling, windows };
    }
    return results;
  } finally {
    await floorContext.close();
    await appContext.close();
  }
}
