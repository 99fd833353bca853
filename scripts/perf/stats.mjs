// Order statistics for the measuring scripts: nearest-rank percentiles, which never invent a value
// that was not measured.

/** The p-th percentile (0–100) of the values, by nearest rank; NaN when there are none. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values) {
  return percentile(values, 50);
}

export function mean(values) {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** p50, p95 and max of a series of latencies. */
export function latencySummary(values) {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}
