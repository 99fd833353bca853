// Runs in the figures page, added by scripts/perf before the page loads. Once started, it watches
// each chart (.figure-chart) with a MutationObserver and tells, per click made in another tab,
// which charts changed in the DOM, which figure tables changed (the figures whose numbers really
// changed) and when the frame after the last change was produced.
(() => {
  let mutated = new Set();
  let lastMutation = 0;
  let frameAfterLastMutation = 0;
  let framePending = false;
  let began = 0;
  let tablesBefore = new Map();

  function figureTables() {
    const tables = new Map();
    for (const section of document.querySelectorAll('section.area-figure')) {
      const figure = section.querySelector('.figure-chart')?.getAttribute('data-figure');
      if (figure) tables.set(figure, section.querySelector('table')?.textContent ?? '');
    }
    return tables;
  }

  function frameAfterMutation() {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        framePending = false;
        frameAfterLastMutation = performance.now();
        // Changes made while this frame was on its way need a frame of their own.
        if (lastMutation > frameAfterLastMutation) frameAfterMutation();
      };
      channel.port2.postMessage(null);
    });
  }

  Object.defineProperty(window, '__chartWatch', {
    value: {
      /** Observes every chart on the page; returns how many. */
      start() {
        const charts = document.querySelectorAll('.figure-chart');
        for (const chart of charts) {
          const figure = chart.getAttribute('data-figure') ?? '?';
          new MutationObserver(() => {
            mutated.add(figure);
            lastMutation = performance.now();
            frameAfterMutation();
          }).observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
        }
        return charts.length;
      },
      /** Starts a new click: forgets what changed before. */
      begin() {
        mutated = new Set();
        lastMutation = 0;
        frameAfterLastMutation = 0;
        began = performance.now();
        tablesBefore = figureTables();
      },
      /**
       * Resolves when the charts have been quiet for `quietMs` after a change and its frame is out,
       * or after `timeoutMs` without any change: which charts and tables changed, and when (epoch ms)
       * the frame after the last change was produced (null when nothing changed).
       */
      settle(quietMs, timeoutMs) {
        return new Promise((resolve) => {
          const check = () => {
            const now = performance.now();
            const quiet = lastMutation > 0 && frameAfterLastMutation > lastMutation && now - lastMutation >= quietMs;
            if (quiet || (lastMutation === 0 && now - began >= timeoutMs)) {
              const tablesAfter = figureTables();
              const tablesChanged = [...tablesAfter.keys()].filter((figure) => tablesAfter.get(figure) !== tablesBefore.get(figure));
              resolve({
                chartsChanged: [...mutated].sort(),
                tablesChanged: tablesChanged.sort(),
                charts: tablesAfter.size,
                frameAt: lastMutation > 0 ? performance.timeOrigin + frameAfterLastMutation : null,
              });
            } else {
              setTimeout(check, 10);
            }
          };
          check();
        });
      },
    },
  });
})();
