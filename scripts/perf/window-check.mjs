// Whether the pages measured side by side are each in a window of their own, visible, and given
// frames. A page a browser hides (a background tab, a minimised window) gets its frames throttled
// or none at all, and a click there would wait for the browser's throttling, not for the app.
import { median } from './stats.mjs';

const FRAMES = 30;
const FRAMES_WITHIN_MS = 3000;

async function windowIdOf(browserSession, page) {
  const session = await page.context().newCDPSession(page);
  try {
    const { targetInfo } = await session.send('Target.getTargetInfo');
    const { windowId } = await browserSession.send('Browser.getWindowForTarget', { targetId: targetInfo.targetId });
    return windowId;
  } finally {
    await session.detach();
  }
}

/**
 * The page's visibility, focus and the intervals between its animation frames over FRAMES frames:
 * about 16.7 ms in a page that is drawn at 60 Hz, none in one that is not drawn.
 */
function frameCadence(page, frames) {
  return page.evaluate(
    ([count, withinMs]) =>
      new Promise((resolve) => {
        const times = [];
        const done = () => resolve({ visibility: document.visibilityState, focus: document.hasFocus(), times });
        const timer = setTimeout(done, withinMs);
        const frame = (time) => {
          times.push(time);
          if (times.length > count) {
            clearTimeout(timer);
            done();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [frames, FRAMES_WITHIN_MS],
  );
}

/**
 * Checks the pages at the same moment, since what a browser does to one window can depend on the
 * others: `pages` maps a label to a page. Returns one entry per page and whether all is well.
 */
export async function checkWindows(browser, pages) {
  const browserSession = await browser.newBrowserCDPSession();
  try {
    const labels = Object.keys(pages);
    const windowIds = await Promise.all(labels.map((label) => windowIdOf(browserSession, pages[label])));
    const cadences = await Promise.all(labels.map((label) => frameCadence(pages[label], FRAMES)));
    const entries = labels.map((label, i) => {
      const { visibility, focus, times } = cadences[i];
      const intervals = times.slice(1).map((time, k) => time - times[k]);
      return { label, windowId: windowIds[i], visibility, focus, frames: intervals.length, frameMs: median(intervals), maxFrameMs: Math.max(...intervals) };
    });
    const separate = new Set(windowIds).size === windowIds.length;
    const drawn = entries.every((entry) => entry.visibility === 'visible' && entry.frames >= FRAMES);
    return { entries, separate, ok: separate && drawn };
  } finally {
    await browserSession.detach();
  }
}

/** One line for the report: the windows, their visibility, focus and frame cadence. */
export function describeWindows(check) {
  const pages = check.entries.map(
    (entry) =>
      `${entry.label}: window ${entry.windowId}, ${entry.visibility}, ${entry.focus ? 'focused' : 'not focused'}, ` +
      `${entry.frames} frames ${Number.isFinite(entry.frameMs) ? `every ${entry.frameMs.toFixed(1)} ms (max ${entry.maxFrameMs.toFixed(1)})` : ''}`.trimEnd(),
  );
  const verdict = check.ok ? 'each in its own window, visible and drawn' : check.separate ? 'NOT all visible and drawn' : 'NOT in separate windows';
  return `${verdict} (${pages.join('; ')})`;
}
