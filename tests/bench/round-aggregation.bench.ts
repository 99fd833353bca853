// @vitest-environment node
import { bench, describe } from 'vitest';
import { agreementTable } from '../../src/domain/agreement/agreement-table';
import { roundRaterScores } from '../../src/domain/agreement/round-rater-scores';
import { distributeAll } from '../../src/domain/rating/distribution';
import { roundRecordOf, roundScoresOf } from '../../src/domain/workspace/workspace';
import { BENCH_NAMES } from './bench-names';
import { keep } from './keep';
import { largeWorkspace } from './large-workspace';
import { readAgreedScores, readRaterScores } from './read-round-scores';

/*
 * What a round's pages compute from the whole workspace, each started from the workspace as the
 * app starts (so finding the round's scores counts), and the floor of each. One round's figures
 * take tens of microseconds, too close to the timer and the benchmark's own cost per call to time
 * alone, so every iteration does the work for each of the ten rounds in turn: the figures are ten
 * times one round's, and so is the floor, so the ratio is one round's.
 */
const { workspace, rounds } = largeWorkspace();
const options = { time: 2000, warmupTime: 300 };

describe(BENCH_NAMES.rounds, () => {
  // #/figurer: `useRoundScores` takes the round's agreed sheet and group levels, `distributeAll`
  // counts Figur 1–6 with the instrument of the round's rule revision.
  bench(
    BENCH_NAMES.roundFigures,
    () => {
      for (const round of rounds) keep(distributeAll(round.instrument, roundScoresOf(roundRecordOf(workspace, round.id))));
    },
    options,
  );
  bench(BENCH_NAMES.agreedFloor, () => {
    for (const round of rounds) keep(readAgreedScores(workspace, round));
  }, options);
  // #/overensstammelse: the named raters with their sheets of the round (`roundRaterScores`), then
  // the table of alpha per area, kappa per pair and agreement per statement.
  bench(
    BENCH_NAMES.agreementTable,
    () => {
      for (const round of rounds) keep(agreementTable(round.instrument, roundRaterScores(workspace.raters, roundRecordOf(workspace, round.id).raters)));
    },
    options,
  );
  bench(BENCH_NAMES.raterFloor, () => {
    for (const round of rounds) keep(readRaterScores(workspace, round));
  }, options);
});
