// Runs in the measured page, added by scripts/perf before the page loads. For each click it notes
// the click's own time stamp (when the browser took the input in) and the moment the next frame
// has been produced: a requestAnimationFrame callback runs just before the frame's style, layout
// and paint, and a message posted from it arrives after them. The listener captures on window, so
// it runs before the page's own handlers and sees every click.
(() => {
  const samples = [];
  const waiters = [];
  let pending = false;

  function record(latency, clickAt) {
    samples.push({ latency, clickAt });
    for (let i = waiters.length - 1; i >= 0; i -= 1) {
      const waiter = waiters[i];
      if (waiter && samples.length >= waiter.count) {
        waiters.splice(i, 1);
        clearTimeout(waiter.timer);
        waiter.resolve(true);
      }
    }
  }

  window.addEventListener(
    'click',
    (event) => {
      // A click on a label sends a second click to its input within the same task: one sample.
      if (!event.isTrusted || pending) return;
      pending = true;
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          pending = false;
          channel.port1.close();
          record(performance.now() - start, performance.timeOrigin + start);
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );

  Object.defineProperty(window, '__clickProbe', {
    value: {
      reset() {
        samples.length = 0;
      },
      /** Resolves true once `count` samples are in, false after `timeoutMs` without them. */
      waitFor(count, timeoutMs) {
        if (samples.length >= count) return Promise.resolve(true);
        return new Promise((resolve) => {
          const waiter = { count, resolve, timer: 0 };
          waiter.timer = setTimeout(() => {
            waiters.splice(waiters.indexOf(waiter), 1);
            resolve(false);
          }, timeoutMs);
          waiters.push(waiter);
        });
      },
      take() {
        return samples.splice(0);
      },
    },
  });
})();
