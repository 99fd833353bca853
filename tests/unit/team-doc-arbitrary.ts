import fc from 'fast-check';
import { CHECK_STATUSES } from '../../src/domain/county-check/check-status';
import { TIERS } from '../../src/domain/informants/informant';
import { supersededDocId, valueDocId } from '../../src/domain/team/value-doc';
import { AGREED, type Change } from '../../src/domain/workspace/changes';

/** The team's user names; in team mode a rater's id is the user's name. */
export const USERS = ['anna', 'bo', 'sara', 'lars'] as const;

const id = fc.oneof(fc.constantFrom('2026', '01', '1.1', 'g3.1', 'a/b'), fc.string({ maxLength: 6 }));
const anyText = fc.string({ maxLength: 12, unit: 'binary' });
/**
 * Texts in any script, some of them just under, at or just over `max` characters. A character
 * outside the Basic Multilingual Plane counts as one, as the app's schema and JSON Schema count
 * it, though it is two UTF-16 units: a server that counted units would refuse what the app keeps.
 */
const textUpTo = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: 8, unit: 'binary' }),
    fc.record({ extra: fc.nat({ max: 4 }), astral: fc.nat({ max }) }).map(({ extra, astral }) => {
      const length = max - 2 + extra;
      return '😀'.repeat(Math.min(astral, length)) + 'x'.repeat(Math.max(0, length - astral));
    }),
  );
const hand = fc.constantFrom(AGREED, ...USERS);
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const period = fc.oneof(fc.constantFrom('2016', '2026-03', '2026-12', '2026-13', '26', '2026-3'), fc.string({ maxLength: 7 }));
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '2023-02-29', '2026-02-30', '2026-04-31', '26-01-01'),
);
/**
 * Two refinements of the app's schema have no JSON Schema, so the server does not check them and
 * no document here has them: a rater's name that is blank (`trim() !== ''`), and an organisation
 * with space around it (the schema trims it before it counts its length).
 */
const raterName = textUpTo(40).filter((name) => name.trim() !== '');
const organisation = textUpTo(200).filter((name) => name.trim() === name);
const smallInt = fc.oneof(fc.integer({ min: -2, max: 1001 }), fc.constantFrom(1.5, 2 ** 53));

const informant = fc.record(
  { organisation, tier: fc.constantFrom(...TIERS, 'kommuner'), visit: smallInt, phone: smallInt, date, note: anyText, position: smallInt },
  { requiredKeys: ['organisation', 'tier', 'visit', 'phone', 'position'] },
);
const roundDetails = fc.record(
  { name: textUpTo(80), period, criteria: id, ruleRevision: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(1.5)), startsFrom: id },
  { requiredKeys: ['name', 'period', 'criteria'] },
);

/** A change of every kind, most of them what the app's schema accepts, some just past a limit. */
export const changeArb = fc.oneof(
  fc.record({ field: fc.constant('score'), round: id, rater: hand, county: id, statement: id, value: fc.constantFrom(0, 1, 2, null, 3) }),
  fc.record({ field: fc.constant('note'), round: id, rater: hand, county: id, statement: id, value: anyText }),
  fc.record({ field: fc.constant('reason'), round: id, county: id, statement: id, value: anyText }),
  fc.record({ field: fc.constant('done'), round: id, rater: hand, county: id, value: fc.boolean() }),
  fc.record({ field: fc.constant('level'), round: id, county: id, area: id, value: orNull(fc.record({ level: smallInt, reason: anyText })) }),
  fc.record({ field: fc.constant('round'), round: id, value: orNull(roundDetails) }),
  fc.record({ field: fc.constant('rater'), rater: fc.oneof(hand, id), value: orNull(fc.record({ name: raterName })) }),
  fc.record({ field: fc.constant('answer'), round: id, county: id, question: id, value: anyText }),
  fc.record({ field: fc.constant('figure'), round: id, county: id, question: id, value: orNull(fc.double({ noNaN: true, noDefaultInfinity: true })) }),
  fc.record({ field: fc.constant('choice'), round: id, county: id, question: id, option: id, value: fc.boolean() }),
  fc.record({ field: fc.constant('other'), round: id, county: id, question: id, value: anyText }),
  fc.record({ field: fc.constant('informant'), round: id, county: id, informant: id, value: orNull(informant) }),
  fc.record({ field: fc.constant('reported'), round: id, kind: fc.constantFrom('visit', 'phone', 'mail'), value: orNull(smallInt) }),
  fc.record({ field: fc.constant('summary'), round: id, county: id, value: anyText }),
  fc.record({ field: fc.constant('comment'), round: id, county: id, area: id, value: anyText }),
  fc.record({ field: fc.constant('status'), round: id, county: id, at: id, value: orNull(fc.constantFrom(...CHECK_STATUSES, 'klar')) }),
) as fc.Arbitrary<Change>;

const stamp = { at: fc.oneof(fc.nat(), fc.double({ noNaN: true, noDefaultInfinity: true })), tab: anyText };

/** A document written by `user`: a value, or the side of a conflict that `user` resolved. */
export function teamDocArb(user: string, change: fc.Arbitrary<Change> = changeArb): fc.Arbitrary<Record<string, unknown>> {
  const valueDoc = fc.record({ change, ...stamp }).map(({ change, at, tab }) => ({ _id: valueDocId(change), type: 'value', version: 1, change, at, tab, by: user }));
  const supersededDoc = fc
    .record({ change, ...stamp, by: fc.constantFrom(...USERS), rev: fc.constantFrom('1-a', '2-b'), resolvedAt: fc.nat() })
    .map(({ change, at, tab, by, rev, resolvedAt }) => {
      const value = valueDocId(change);
      return { _id: supersededDocId(value, rev), type: 'superseded', version: 1, value, rev, change, at, tab, by, resolvedBy: user, resolvedAt };
    });
  return fc.oneof(valueDoc, supersededDoc);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The places in a document a mutation may touch: every field but `_id`, at any depth. */
function pathsOf(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (path.length === 0 && key === '_id' ? [] : [[...path, key], ...pathsOf(inner, [...path, key])]));
}

function objectsOf(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return [path, ...Object.entries(value).flatMap(([key, inner]) => objectsOf(inner, [...path, key]))];
}

function parentOf(doc: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  return path.slice(0, -1).reduce((inner, key) => inner[key] as Record<string, unknown>, doc);
}

/** Values that are wrong somewhere and right elsewhere: another kind's name, a score, a role. */
const someValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, 1, 2, 3, -1, 1.5, '', ' ', 'value', 'superseded', 'score', 'round', 'level', 'anna', [], {}),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'id'; value: string }
  | { kind: 'writer'; value: string };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: someValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.string({ minLength: 1, maxLength: 6 }).filter((key) => key !== '__proto__'), value: someValue }),
  fc.record({ kind: fc.constant('id' as const), value: fc.oneof(changeArb.map(valueDocId), fc.string({ maxLength: 10 })) }),
  fc.record({ kind: fc.constant('writer' as const), value: fc.constantFrom(...USERS, '') }),
);

/** The document with one thing changed: a field's value or type, a field more or less, the id, the writer. */
export function mutated(doc: Record<string, unknown>, mutation: Mutation): Record<string, unknown> {
  const copy = structuredClone(doc);
  switch (mutation.kind) {
    case 'set':
    case 'delete': {
      const paths = pathsOf(copy);
      const path = paths[mutation.at % paths.length] ?? [];
      const key = path.at(-1) ?? '';
      if (mutation.kind === 'set') parentOf(copy, path)[key] = mutation.value;
      else delete parentOf(copy, path)[key];
      return copy;
    }
    case 'add': {
      const objects = objectsOf(copy);
      const path = objects[mutation.at % objects.length] ?? [];
      const target = path.reduce<Record<string, unknown>>((inner, key) => inner[key] as Record<string, unknown>, copy);
      target[mutation.key] = mutation.value;
      return copy;
    }
    case 'id':
      return { ...copy, _id: mutation.value };
    case 'writer':
      return copy.type === 'value' ? { ...copy, by: mutation.value } : { ...copy, resolvedBy: mutation.value };
  }
}
