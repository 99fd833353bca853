import type { Instrument } from '../criteria/instrument';
import { assessmentOf, countScored, type RoundScores } from '../workspace/assessment';

/** How far the counties are scored: fully (every statement), partly, or not at all. */
export type Coverage = { total: number; statements: number; complete: number; partial: number; empty: number };

export function countyCoverage(instrument: Instrument, workspace: RoundScores): Coverage {
  const ids = instrument.statementIds;
  const coverage: Coverage = { total: instrument.counties.length, statements: ids.length, complete: 0, partial: 0, empty: 0 };
  for (const county of instrument.counties) {
    const scored = countScored(assessmentOf(workspace, county.code), ids);
    if (scored === ids.length) coverage.complete += 1;
    else if (scored === 0) coverage.empty += 1;
    else coverage.partial += 1;
  }
  return coverage;
}
