import * as z from 'zod/mini';
import type { Result } from '../problems';
import { scoreSchema } from '../score';
import { readVersioned, type Migrations } from '../versioned';
import type { StampedChange, Stamps } from './stamps';

const stampSchema = z.strictObject({ at: z.number(), tab: z.string() });

const changeSchema = z.discriminatedUnion('field', [
  z.strictObject({ county: z.string(), statement: z.string(), field: z.literal('score'), value: z.nullable(scoreSchema) }),
  z.strictObject({ county: z.string(), statement: z.string(), field: z.literal('note'), value: z.string() }),
]);

/** Beside the workspace in IndexedDB: when each value last changed, so two tabs agree on the later edit. */
export const stampsFileSchemaV1 = z.strictObject({
  format: z.literal('lansinventering-stamps'),
  version: z.literal(1),
  stamps: z.record(z.string(), stampSchema),
});

/** In localStorage: a tab's changes that may not have reached IndexedDB yet. */
export const pendingFileSchemaV1 = z.strictObject({
  format: z.literal('lansinventering-pending'),
  version: z.literal(1),
  changes: z.array(z.strictObject({ change: changeSchema, stamp: stampSchema })),
});

/** No older versions yet: version 1 is the first. */
export const stampsMigrations: Migrations = {};
export const pendingMigrations: Migrations = {};

export function toStampsFile(stamps: Stamps): z.infer<typeof stampsFileSchemaV1> {
  return { format: 'lansinventering-stamps', version: 1, stamps: { ...stamps } };
}

export function parseStampsFile(input: unknown): Result<Stamps> {
  const read = readVersioned(input, {
    format: 'lansinventering-stamps',
    noun: 'tidsstämplarna',
    current: 1,
    currentSchema: stampsFileSchemaV1,
    olderSchemas: {},
    migrations: stampsMigrations,
  });
  return read.ok ? { ok: true, value: read.value.stamps } : read;
}

export function toPendingFile(changes: readonly StampedChange[]): z.infer<typeof pendingFileSchemaV1> {
  return { format: 'lansinventering-pending', version: 1, changes: [...changes] };
}

export function parsePendingFile(input: unknown): Result<StampedChange[]> {
  const read = readVersioned(input, {
    format: 'lansinventering-pending',
    noun: 'ändringsjournalen',
    current: 1,
    currentSchema: pendingFileSchemaV1,
    olderSchemas: {},
    migrations: pendingMigrations,
  });
  return read.ok ? { ok: true, value: read.value.changes } : read;
}
