import type { County } from '../criteria/counties-schema';
import type { Instrument } from '../criteria/instrument';
import { rateCounty } from '../rating/rate-area';
import type { Round } from '../rounds/round';
import { assessmentOf, type RoundScores } from '../workspace/assessment';
import { directionOf, type Direction, type PlacedLevel } from './level-change';
import { sameAreaRule } from './same-area-rule';
import { scoreChangeCell, type ScoreChangeCell } from './score-change';

/** A round of the history: rated with its own revision of the rule (`instrument`). */
export type HistoryRound = { round: Round; instrument: Instrument; scores: RoundScores };

/** The county in one round: its place per area (null: not rated), and how many statements have an agreed score. */
type HistoryEntry = { round: Round; places: { areaId: string; place: PlacedLevel | null }[]; scored: number };

/** An area from one round to the next: `direction` is null when the two are not comparable. */
export type HistoryAreaStep = { areaId: string; from: PlacedLevel | null; to: PlacedLevel | null; direction: Direction | null; ruleDiffers: boolean };

/**
 * From one round to the next: each area's levels, and the statements whose agreed score changed
 * (scored in both rounds and not the same). `uncompared` counts the statements scored in only one.
 */
export type HistoryStep = { from: Round; to: Round; areas: HistoryAreaStep[]; statements: ScoreChangeCell[]; uncompared: number };

export type CountyHistory = { county: County; entries: HistoryEntry[]; steps: HistoryStep[] };

function entryOf(history: HistoryRound, county: County): HistoryEntry {
  const assessment = assessmentOf(history.scores, county.code);
  const ratings = rateCounty(history.instrument, assessment, history.scores.groupLevels?.[county.code]);
  return {
    round: history.round,
    places: ratings.map((rating) =>
      rating.status === 'rated'
        ? { areaId: rating.areaId, place: { level: rating.level, label: rating.label, byGroup: rating.group !== undefined } }
        : { areaId: rating.areaId, place: null },
    ),
    scored: history.instrument.statementIds.filter((id) => assessment.scores[id] !== undefined).length,
  };
}

function stepOf(before: HistoryRound, after: HistoryRound, entries: [HistoryEntry, HistoryEntry], county: County): HistoryStep {
  const scoresBefore = assessmentOf(before.scores, county.code).scores;
  const scoresAfter = assessmentOf(after.scores, county.code).scores;
  const cells = before.instrument.statementIds.map((id) => scoreChangeCell(id, scoresBefore[id] ?? null, scoresAfter[id] ?? null));
  const areas = before.instrument.areas.map((area, index): HistoryAreaStep => {
    const from = entries[0].places[index]?.place ?? null;
    const to = entries[1].places[index]?.place ?? null;
    const otherArea = after.instrument.areas[index];
    const ruleDiffers = otherArea === undefined || !sameAreaRule(area, otherArea);
    const direction = from === null || to === null || ruleDiffers ? null : directionOf(from.level, to.level);
    return { areaId: area.area.id, from, to, direction, ruleDiffers };
  });
  return {
    from: before.round,
    to: after.round,
    areas,
    statements: cells.filter((cell) => cell.delta !== null && cell.delta !== 0),
    uncompared: cells.filter((cell) => (cell.from === null) !== (cell.to === null)).length,
  };
}

/**
 * One county across rounds, in the order given (earliest first): its levels per area in each
 * round with the group's levels marked, and from each round to the next what moved.
 */
export function countyHistory(rounds: readonly HistoryRound[], county: County): CountyHistory {
  const entries = rounds.map((history) => entryOf(history, county));
  const steps: HistoryStep[] = [];
  for (let index = 1; index < rounds.length; index += 1) {
    const before = rounds[index - 1];
    const after = rounds[index];
    const pair = [entries[index - 1], entries[index]] as const;
    if (before && after && pair[0] && pair[1]) steps.push(stepOf(before, after, [pair[0], pair[1]], county));
  }
  return { county, entries, steps };
}
