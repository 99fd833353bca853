import fc from 'fast-check';
import { CHECK_STATUSES } from '../../src/domain/county-check/check-status';
import { TIERS, type Informant } from '../../src/domain/informants/informant';
import type { Score } from '../../src/domain/score';
import type { GroupLevel } from '../../src/domain/workspace/assessment';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type RaterDetails, type RoundDetails, type Workspace } from '../../src/domain/workspace/workspace';

/**
 * Small pools of ids, so that random changes often meet the same value. A round id that begins
 * like another ('2026', '2026-host') and an area id that is the start of a statement id ('1', '1.1')
 * are there on purpose: keys built from them must still differ.
 */
export const POOL = {
  rounds: ['2016', '2026', '2026-host'],
  raters: ['anna', 'bo'],
  counties: ['01', '06', '25'],
  statements: ['1.1', '3.2', '4.2', '6.5'],
  areas: ['1', '4', '6'],
  informants: ['i1', 'i2'],
  times: ['2026-03-10T09:00:00.000Z', '2026-03-12T14:30:00.000Z'],
  /** Questions of the shipped guide: a note, a figure and two with options; with options of theirs. */
  questions: ['g1.1', 'g2.7', 'g3.1', 'g5.1'],
  /** Options of the questions that have them, each with its question. */
  choices: [['g3.1', 'socialtjanst'], ['g3.1', 'skola'], ['g5.1', 'fou-miljo'], ['g5.1', 'metis']],
} as const;

type Pools = { rounds: readonly string[]; raters: readonly string[] };

const text = fc.string({ minLength: 1, maxLength: 12 });
/** Text that `applyChange` keeps: not blank. */
const kept = text.filter((value) => value.trim() !== '');
/** Text or a blank, which removes what was there. */
const textOrBlank = fc.oneof(kept, fc.constantFrom('', '  '));

const scoreArb = fc.constantFrom<Score>(0, 1, 2);
/** An organisation's name as the schema keeps it: trimmed, not empty. */
const organisationArb = fc.string({ minLength: 1, maxLength: 30 }).filter((name) => name.trim() === name && name !== '');
const informantArb: fc.Arbitrary<Informant> = fc.record(
  {
    organisation: organisationArb,
    tier: fc.constantFrom(...TIERS),
    visit: fc.integer({ min: 0, max: 9 }),
    phone: fc.integer({ min: 0, max: 9 }),
    date: fc.constantFrom('2016-02-23', '2016-03-31'),
    note: kept,
    position: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: ['organisation', 'tier', 'visit', 'phone', 'position'] },
);
/** A figure as a person gives one: a count, or an amount with decimals. */
const figureArb = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0.5, 12.5, 1234.75));
const groupLevelArb: fc.Arbitrary<GroupLevel> = fc.record({ level: fc.integer({ min: 0, max: 2 }), reason: kept });
const roundDetailsArb: fc.Arbitrary<RoundDetails> = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 30 }),
    period: fc.constantFrom('2016', '2026', '2026-03'),
    criteria: fc.constant('bilaga1-2016'),
    startsFrom: fc.constantFrom(...POOL.rounds),
  },
  { requiredKeys: ['name', 'period', 'criteria'] },
);
const raterDetailsArb: fc.Arbitrary<RaterDetails> = fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== '') });

/**
 * A change of a value of a round's data, in one of the given rounds, by one of the given raters or
 * the group. With `blanks`, values that remove (null, '', false) come too.
 */
function dataChangeArb(pools: Pools, blanks = true): fc.Arbitrary<Change> {
  const round = fc.constantFrom(...pools.rounds);
  const hand = fc.constantFrom(AGREED, ...pools.raters);
  const county = fc.constantFrom(...POOL.counties);
  const statement = fc.constantFrom(...POOL.statements);
  const orNull = <T,>(arb: fc.Arbitrary<T>) => (blanks ? fc.option(arb, { nil: null }) : arb);
  const words = blanks ? textOrBlank : kept;
  const kinds: fc.Arbitrary<Change>[] = [
    fc.record({ field: fc.constant('score' as const), round, rater: hand, county, statement, value: orNull(scoreArb) }),
    fc.record({ field: fc.constant('note' as const), round, rater: hand, county, statement, value: words }),
    fc.record({ field: fc.constant('reason' as const), round, county, statement, value: words }),
    fc.record({ field: fc.constant('level' as const), round, county, area: fc.constantFrom(...POOL.areas), value: orNull(groupLevelArb) }),
  ];
  kinds.push(...interviewChangeArbs(pools, blanks));
  if (pools.raters.length > 0) {
    const rater = fc.constantFrom(...pools.raters);
    kinds.push(fc.record({ field: fc.constant('done' as const), round, rater, county, value: blanks ? fc.boolean() : fc.constant(true) }));
  }
  return fc.oneof(...kinds);
}

/** Changes of what the interviews produce: guide answers, informants, source totals, summaries, comments and statuses. */
function interviewChangeArbs(pools: Pools, blanks: boolean): fc.Arbitrary<Change>[] {
  const round = fc.constantFrom(...pools.rounds);
  const county = fc.constantFrom(...POOL.counties);
  const orNull = <T,>(arb: fc.Arbitrary<T>) => (blanks ? fc.option(arb, { nil: null }) : arb);
  const words = blanks ? textOrBlank : kept;
  const question = fc.constantFrom(...POOL.questions);
  return [
    fc.record({ field: fc.constant('answer' as const), round, county, question, value: words }),
    fc.record({ field: fc.constant('figure' as const), round, county, question, value: orNull(figureArb) }),
    fc
      .record({ round, county, choice: fc.constantFrom(...POOL.choices), value: blanks ? fc.boolean() : fc.constant(true) })
      .map(({ choice: [question, option], ...rest }): Change => ({ field: 'choice', question, option, ...rest })),
    fc.record({ field: fc.constant('other' as const), round, county, question, value: words }),
    fc.record({ field: fc.constant('informant' as const), round, county, informant: fc.constantFrom(...POOL.informants), value: orNull(informantArb) }),
    fc.record({ field: fc.constant('reported' as const), round, kind: fc.constantFrom('visit' as const, 'phone' as const), value: orNull(fc.integer({ min: 0, max: 200 })) }),
    fc.record({ field: fc.constant('summary' as const), round, county, value: words }),
    fc.record({ field: fc.constant('comment' as const), round, county, area: fc.constantFrom(...POOL.areas), value: words }),
    fc.record({ field: fc.constant('status' as const), round, county, at: fc.constantFrom(...POOL.times), value: orNull(fc.constantFrom(...CHECK_STATUSES)) }),
  ];
}

/** Any change: a round's or a rater's details, or a value of a round's data, from the pools. */
export const changeArb: fc.Arbitrary<Change> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ field: fc.constant('round' as const), round: fc.constantFrom(...POOL.rounds), value: fc.option(roundDetailsArb, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant('rater' as const), rater: fc.constantFrom(...POOL.raters), value: fc.option(raterDetailsArb, { nil: null }) }) },
  { weight: 8, arbitrary: dataChangeArb(POOL) },
);

/** A workspace made by any changes: data may sit in a round without details, as after a deletion in another tab. */
export const workspaceArb: fc.Arbitrary<Workspace> = fc.array(changeArb, { maxLength: 50 }).map((changes) => applyChanges(EMPTY_WORKSPACE, changes));

/**
 * A workspace as the app keeps it: every round with data has details, every rater with scores or
 * done marks is one of the team's, and every group level has a reason.
 */
export const wholeWorkspaceArb: fc.Arbitrary<Workspace> = fc
  .record({ rounds: fc.subarray([...POOL.rounds]), raters: fc.subarray([...POOL.raters]) })
  .chain(({ rounds, raters }) =>
    fc
      .record({
        roundDetails: fc.tuple(...rounds.map(() => roundDetailsArb)),
        raterDetails: fc.tuple(...raters.map(() => raterDetailsArb)),
        data: rounds.length === 0 ? fc.constant([]) : fc.array(dataChangeArb({ rounds, raters }), { maxLength: 60 }),
      })
      .map(({ roundDetails, raterDetails, data }) => {
        const changes: Change[] = [
          ...rounds.map((round, index): Change => ({ field: 'round', round, value: roundDetails[index] ?? null })),
          ...raters.map((rater, index): Change => ({ field: 'rater', rater, value: raterDetails[index] ?? null })),
          ...data,
        ];
        return applyChanges(EMPTY_WORKSPACE, changes);
      }),
  );
