// @vitest-environment node
import { bench, describe } from 'vitest';
import { distributeAll } from '../../src/domain/rating/distribution';
import { rateCounty } from '../../src/domain/rating/rate-area';
import { BENCH_NAMES } from './bench-names';
import { keep } from './keep';
import { readEveryScore, realCounties, syntheticAssessments, type BenchData } from './synthetic-workspace';

function rateEvery({ instrument, assessments }: BenchData): void {
  for (const assessment of assessments) keep(rateCounty(instrument, assessment));
}

function suite(group: string, data: BenchData, options: { time: number; warmupTime: number }): void {
  describe(group, () => {
    bench(BENCH_NAMES.rateCounty, () => rateEvery(data), options);
    bench(BENCH_NAMES.distributeAll, () => keep(distributeAll(data.instrument, data.workspace)), options);
    bench(BENCH_NAMES.floor, () => keep(readEveryScore(data)), options);
  });
}

suite(BENCH_NAMES.counties, realCounties(), { time: 1000, warmupTime: 200 });
// A full re-aggregation of 8,700 takes long enough that a second of samples would hold too few
// to say anything about the slow tail.
suite(BENCH_NAMES.synthetic, syntheticAssessments(8700), { time: 4000, warmupTime: 500 });
