/**
 * The names the benchmarks run under, which scripts/bench/summarize.mjs looks up in vitest's JSON
 * report: change both together.
 */
export const BENCH_NAMES = {
  counties: '21 counties',
  synthetic: '8,700 assessments',
  rateCounty: 'rateCounty for every assessment',
  distributeAll: 'distributeAll (full re-aggregation)',
  floor: 'floor: read every score once',
  rounds: '10 rounds × 21 counties × 4 score sets',
  roundFigures: 'all figures of a round, from the workspace',
  agreedFloor: 'floor: read the agreed scores once',
  agreementTable: 'agreement table of a round, from the workspace',
  raterFloor: "floor: read the raters' scores once",
} as const;
