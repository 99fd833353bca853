// The budget the measurements are read against (docs/performance.md). Reported, never enforced:
// timings on a shared machine are for reading.
export const BUDGET = {
  /**
   * p95 of the app's score clicks at most this many times the bare page's p95, by CPU throttling
   * rate; the milliseconds are printed beside it, for information.
   */
  clickRatio: { 1: 1.5, 4: 2 },
  /** JS heap growth over the many clicks after the warm-up, in per cent. */
  heapGrowthPercent: 5,
  /** Cumulative Layout Shift of the first load, in the worst run. */
  cls: 0,
  /** Lighthouse's mobile performance score, median of the runs, at least. */
  lighthouseScore: 98,
};
