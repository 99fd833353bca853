import type { Instrument, InstrumentArea, Level, RuleCondition } from '../criteria/instrument';

/**
 * The rule engine: the one place where an area's level is decided, for the county page (with the
 * checks behind it, `rate-area.ts`) and for the figures over every county (`distribution.ts`).
 * It reads scores by position from a score row and compares them with the criteria's thresholds
 * only, so it knows nothing of the scale beyond what the criteria file says.
 */

/**
 * One county's scores by statement position (`instrument.order`), with NaN for an unscored
 * statement: NaN is never ≥ a threshold, so an unscored statement never counts towards a condition.
 * A typed array, as the figures read thousands of rows.
 */
export type ScoreRow = Float64Array;

/**
 * Reads each score of the instrument once, by id, into a row by position. A figure over many
 * counties passes the same row back in (`into`) rather than making a new one per county.
 */
export function scoreRow(
  instrument: Instrument,
  scores: Readonly<Record<string, number>> | undefined,
  into: ScoreRow = new Float64Array(instrument.statementIds.length),
): ScoreRow {
  const ids = instrument.statementIds;
  for (let slot = 0; slot < ids.length; slot += 1) into[slot] = scores?.[ids[slot] ?? ''] ?? NaN;
  return into;
}

/**
 * An area's statement positions were given by the instrument it was built with: rated on a row of
 * an instrument whose statements stand elsewhere it would read the wrong scores. An area of an
 * instrument built from the same statements (a rule variant, a second load) reads right. A guard
 * for code, cheap beside the rating.
 */
export function assertAreaOf(instrument: Instrument, area: InstrumentArea): void {
  const { statementIds } = instrument;
  if (area.readSlots.some((slot, i) => statementIds[slot] !== area.readIds[i])) {
    throw new Error(`area ${area.area.id} was built for an instrument whose statements stand elsewhere`);
  }
}

// The loops below are plain index loops: the figures run them for every county and area.

/** How many of the condition's statements score ≥ its `minScore`. */
export function metCount(condition: RuleCondition, row: ScoreRow): number {
  const { slots, minScore } = condition;
  let met = 0;
  for (let i = 0; i < slots.length; i += 1) if ((row[slots[i] ?? -1] ?? NaN) >= minScore) met += 1;
  return met;
}

/**
 * "At least `atLeast` of these statements score ≥ `minScore`." Monotone: a higher score never
 * breaks it. The same count as `metCount`, stopped as soon as the answer is known: when enough
 * statements have reached the threshold, or too few are left to reach it.
 */
export function conditionHolds(condition: Pick<RuleCondition, 'slots' | 'minScore' | 'atLeast'>, row: ScoreRow): boolean {
  const { slots, minScore, atLeast } = condition;
  let met = 0;
  for (let i = 0; i < slots.length; i += 1) {
    if ((row[slots[i] ?? -1] ?? NaN) >= minScore) met += 1;
    if (met >= atLeast) return true;
    if (met + (slots.length - 1 - i) < atLeast) return false;
  }
  return met >= atLeast;
}

/** A level holds when all its conditions hold; the weakest level has none and always holds. */
function levelHolds(level: Level, row: ScoreRow): boolean {
  const { conditions } = level;
  for (let i = 0; i < conditions.length; i += 1) {
    const condition = conditions[i];
    if (condition && !conditionHolds(condition, row)) return false;
  }
  return true;
}

/** An area is rated only when every statement its rating reads is scored. */
export function isRated(area: InstrumentArea, row: ScoreRow): boolean {
  const slots = area.readSlots;
  for (let i = 0; i < slots.length; i += 1) if (Number.isNaN(row[slots[i] ?? -1] ?? NaN)) return false;
  return true;
}

/**
 * The area's level: the strongest whose conditions all hold, tried strongest first; null when a
 * statement the area reads is unscored.
 */
export function levelOf(area: InstrumentArea, row: ScoreRow): Level | null {
  if (!isRated(area, row)) return null;
  for (const level of area.levelsStrongestFirst) if (levelHolds(level, row)) return level;
  // The criteria schema gives every area a weakest level without conditions.
  throw new Error(`area ${area.area.id} has no fallback level`);
}
