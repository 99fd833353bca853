import type { Instrument } from '../criteria/instrument';
import { roundRecordOf, type Workspace } from '../workspace/workspace';

/** What a round holds, for the list of rounds: how many counties have agreed scores, and who scored. */
export type RoundSummary = { agreedCounties: number; agreedScores: number; raterIds: string[] };

export function summarizeRound(workspace: Pick<Workspace, 'data'>, instrument: Instrument, round: string): RoundSummary {
  const record = roundRecordOf(workspace, round);
  const counties = instrument.counties.filter((county) => Object.keys(record.agreed[county.code]?.scores ?? {}).length > 0);
  return {
    agreedCounties: counties.length,
    agreedScores: Object.values(record.agreed).reduce((n, entry) => n + Object.keys(entry.scores).length, 0),
    raterIds: Object.keys(record.raters).filter((rater) => Object.keys(record.raters[rater] ?? {}).length > 0).sort(),
  };
}

/** The id a new round gets when the user gives none: its period, numbered on when taken ("2027", "2027-2"). */
export function roundIdFor(period: string, taken: ReadonlySet<string>): string {
  if (!taken.has(period)) return period;
  for (let n = 2; ; n += 1) {
    const candidate = `${period}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
