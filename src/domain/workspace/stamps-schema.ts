import * as z from 'zod/mini';
import { checkStatusSchema } from '../county-check/check-status';
import { informantSchema } from '../informants/informant';
import type { Result } from '../problems';
import { raterSchema } from '../rounds/rater';
import { roundSchema } from '../rounds/round';
import { scoreSchema } from '../score';
import { readVersioned, type Migrations } from '../versioned';
import type { StampedChange, Stamps } from './stamps';

const stampSchema = z.strictObject({ at: z.number(), tab: z.string() });

const id = z.string().check(z.minLength(1));
/** A rater's id, or '' for the group's agreed value. */
const hand = z.string();
const groupLevelSchema = z.strictObject({ level: z.int().check(z.nonnegative()), reason: z.string() });
const { id: _roundId, ...roundDetails } = roundSchema.shape;
const { id: _raterId, ...raterDetails } = raterSchema.shape;

const changeOptionsV2 = [
  z.strictObject({ field: z.literal('score'), round: id, rater: hand, county: id, statement: id, value: z.nullable(scoreSchema) }),
  z.strictObject({ field: z.literal('note'), round: id, rater: hand, county: id, statement: id, value: z.string() }),
  z.strictObject({ field: z.literal('reason'), round: id, county: id, statement: id, value: z.string() }),
  z.strictObject({ field: z.literal('done'), round: id, rater: id, county: id, value: z.boolean() }),
  z.strictObject({ field: z.literal('level'), round: id, county: id, area: id, value: z.nullable(groupLevelSchema) }),
  z.strictObject({ field: z.literal('round'), round: id, value: z.nullable(z.strictObject(roundDetails)) }),
  z.strictObject({ field: z.literal('rater'), rater: id, value: z.nullable(z.strictObject(raterDetails)) }),
] as const;
const changeSchemaV2 = z.discriminatedUnion('field', changeOptionsV2);

/**
 * Version 3 adds the interview kit: guide answers, informants, summaries, comments and statuses.
 * A team server's value documents carry a change of this schema too.
 */
export const changeSchemaV3 = z.discriminatedUnion('field', [
  ...changeOptionsV2,
  z.strictObject({ field: z.literal('answer'), round: id, county: id, question: id, value: z.string() }),
  z.strictObject({ field: z.literal('figure'), round: id, county: id, question: id, value: z.nullable(z.number()) }),
  z.strictObject({ field: z.literal('choice'), round: id, county: id, question: id, option: id, value: z.boolean() }),
  z.strictObject({ field: z.literal('other'), round: id, county: id, question: id, value: z.string() }),
  z.strictObject({ field: z.literal('informant'), round: id, county: id, informant: id, value: z.nullable(informantSchema) }),
  z.strictObject({ field: z.literal('reported'), round: id, kind: z.enum(['visit', 'phone']), value: z.nullable(z.int()) }),
  z.strictObject({ field: z.literal('summary'), round: id, county: id, value: z.string() }),
  z.strictObject({ field: z.literal('comment'), round: id, county: id, area: id, value: z.string() }),
  z.strictObject({ field: z.literal('status'), round: id, county: id, at: id, value: z.nullable(checkStatusSchema) }),
]);

const changeSchemaV1 = z.discriminatedUnion('field', [
  z.strictObject({ county: z.string(), statement: z.string(), field: z.literal('score'), value: z.nullable(scoreSchema) }),
  z.strictObject({ county: z.string(), statement: z.string(), field: z.literal('note'), value: z.string() }),
]);

/** Beside the workspace in IndexedDB: when each value last changed, so two tabs agree on the later edit. */
const stampsFileSchemaV1 = z.strictObject({
  format: z.literal('lansinventering-stamps'),
  version: z.literal(1),
  stamps: z.record(z.string(), stampSchema),
});
/** Version 2: the keys name the round and the rater (`changeKey`). */
const stampsFileSchemaV2 = z.strictObject({
  format: z.literal('lansinventering-stamps'),
  version: z.literal(2),
  stamps: z.record(z.string(), stampSchema),
});

/** In localStorage: a tab's changes that may not have reached IndexedDB yet. */
const pendingFileSchemaV1 = z.strictObject({
  format: z.literal('lansinventering-pending'),
  version: z.literal(1),
  changes: z.array(z.strictObject({ change: changeSchemaV1, stamp: stampSchema })),
});
const pendingFileSchemaV2 = z.strictObject({
  format: z.literal('lansinventering-pending'),
  version: z.literal(2),
  changes: z.array(z.strictObject({ change: changeSchemaV2, stamp: stampSchema })),
});
const pendingFileSchemaV3 = z.strictObject({
  format: z.literal('lansinventering-pending'),
  version: z.literal(3),
  changes: z.array(z.strictObject({ change: changeSchemaV3, stamp: stampSchema })),
});

/**
 * Version 1 stamped one anonymous hand's values by `county/statement/field`; they were the agreed
 * values of the round the version-1 workspace was read into.
 */
export function stampsMigrations(legacyRound: string): Migrations {
  return {
    1: (previous) => {
      const file = previous as z.infer<typeof stampsFileSchemaV1>;
      const stamps = Object.fromEntries(Object.entries(file.stamps).map(([key, stamp]) => [`${legacyRound}//${key}`, stamp]));
      return { ...file, version: 2, stamps };
    },
  };
}

export function pendingMigrations(legacyRound: string): Migrations {
  return {
    1: (previous) => {
      const file = previous as z.infer<typeof pendingFileSchemaV1>;
      const changes = file.changes.map(({ change, stamp }) => ({ change: { ...change, round: legacyRound, rater: '' }, stamp }));
      return { ...file, version: 2, changes };
    },
    /** Version 3 only adds kinds of change: every version-2 journal is one. */
    2: (previous) => ({ ...(previous as z.infer<typeof pendingFileSchemaV2>), version: 3 }),
  };
}

export function toStampsFile(stamps: Stamps): z.infer<typeof stampsFileSchemaV2> {
  return { format: 'lansinventering-stamps', version: 2, stamps: { ...stamps } };
}

export function parseStampsFile(input: unknown, legacyRound: string): Result<Stamps> {
  const read = readVersioned(input, {
    format: 'lansinventering-stamps',
    noun: 'tidsstämplarna',
    current: 2,
    currentSchema: stampsFileSchemaV2,
    olderSchemas: { 1: stampsFileSchemaV1 },
    migrations: stampsMigrations(legacyRound),
  });
  return read.ok ? { ok: true, value: read.value.stamps } : read;
}

export function toPendingFile(changes: readonly StampedChange[]): z.infer<typeof pendingFileSchemaV3> {
  return { format: 'lansinventering-pending', version: 3, changes: [...changes] };
}

export function parsePendingFile(input: unknown, legacyRound: string): Result<StampedChange[]> {
  const read = readVersioned(input, {
    format: 'lansinventering-pending',
    noun: 'ändringsjournalen',
    current: 3,
    currentSchema: pendingFileSchemaV3,
    olderSchemas: { 1: pendingFileSchemaV1, 2: pendingFileSchemaV2 },
    migrations: pendingMigrations(legacyRound),
  });
  return read.ok ? { ok: true, value: read.value.changes } : read;
}
