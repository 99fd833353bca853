// The budget the measurements are read against (docs/performance.md). Reported, never enforced:
// timings on a shared machine are for reading.
export const BUDGET = {
  /** p95 of click to next frame, by CPU throttling rate. */
  clickP95Ms: { 1: 16.7, 4: 33 },
  /** p95 of the app's clicks at most this many times the bare page's p95. */
  floorRatio: 1.5,
  /** JS heap growth over the many clicks, in per cent. */
  heapGrowthPercent: 5,
};
