import * as z from 'zod/mini';

/**
 * An assessment round (omgång): the inventory is repeated, 2016 the first. A round has a short id
 * that goes into addresses (`?omgang=2026`), a name, the period it covers (a year, or a year and
 * a month), the id of the criteria it is scored against and, optionally, the earlier round whose
 * agreed scores it starts from. Rounds are ordered by their period.
 */
const ROUND_ID = /^[A-Za-z0-9_-]{1,32}$/;
const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

const roundIdSchema = z
  .string()
  .check(z.regex(ROUND_ID, 'ska vara 1–32 tecken: bokstäverna a–z och A–Z, siffror, bindestreck eller understreck'));

const periodSchema = z.string().check(z.regex(PERIOD, 'ska vara ett år (2026) eller ett år och en månad (2026-03)'));

export const roundSchema = z.strictObject({
  id: roundIdSchema,
  name: z.string().check(z.minLength(1, 'en omgång måste ha ett namn'), z.maxLength(80, 'namnet är längre än 80 tecken')),
  period: periodSchema,
  /** The id of the criteria the round is scored against. */
  criteria: z.string().check(z.minLength(1)),
  /**
   * The revision of the criteria's rule the round's levels are rated with. Absent in rounds made
   * before the rule had revisions: revision 1.
   */
  ruleRevision: z.optional(z.number().check(z.int('regelns revision ska vara ett heltal'), z.minimum(1, 'regelns revision är minst 1'))),
  /**
   * The earlier round whose agreed scores this round starts from: they are suggested, marked as
   * carried over, until someone confirms or changes them. Absent in a round that starts empty.
   */
  startsFrom: z.optional(roundIdSchema),
});

export type Round = z.infer<typeof roundSchema>;

/** A period as year and month; a period of a whole year has month 0, so it comes before its months. */
function periodKey(period: string): [number, number] {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  return [Number(match[1]), match[2] === undefined ? 0 : Number(match[2])];
}

/** Earlier periods first; rounds of the same period by id, so the order is always the same. */
export function compareRounds(a: Round, b: Round): number {
  const [yearA, monthA] = periodKey(a.period);
  const [yearB, monthB] = periodKey(b.period);
  return yearA - yearB || monthA - monthB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The round shown when an address names none: the latest by period. */
export function latestRound(rounds: readonly Round[]): Round | undefined {
  return [...rounds].sort(compareRounds).at(-1);
}

/**
 * The round a fresh workspace opens with, so that scoring can start at once: the current year,
 * rated with `ruleRevision`, the criteria's current revision. Data from before rounds is read into
 * such a round without a revision, as it was rated with the first.
 */
export function firstRound(criteriaId: string, today: Date, ruleRevision?: number): Round {
  const year = String(today.getFullYear());
  return { id: year, name: year, period: year, criteria: criteriaId, ...(ruleRevision === undefined ? {} : { ruleRevision }) };
}

/**
 * A round that an import names by id alone: an id that is a year covers that year. The import
 * does not say which revision of the rule the round was rated with, so it records none (revision 1),
 * and the rounds page offers to move it.
 */
export function roundFromImportId(id: string, criteriaId: string, today: Date): Round {
  const period = /^\d{4}$/.test(id) ? id : String(today.getFullYear());
  return { id, name: id, period, criteria: criteriaId };
}
