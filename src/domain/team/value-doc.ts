import * as z from 'zod/mini';
import { changeKey, type Change } from '../workspace/changes';
import type { StampedChange } from '../workspace/stamps';
import { changeSchemaV3 } from '../workspace/stamps-schema';

/**
 * A team server holds one document per value of the workspace (a score, a note, a guide answer,
 * a round…), named by the value's key, so two people editing two values never touch the same
 * document, and two editing one value make a CouchDB conflict that is kept, not merged away.
 * The body is checked by this schema in the app and, generated as JSON Schema, by the server.
 */
const valueDocBodySchema = z.strictObject({
  type: z.literal('value'),
  version: z.literal(1),
  change: changeSchemaV3,
  /** The stamp of the change: when (ms since 1970) and in which tab it was made. */
  at: z.number(),
  tab: z.string(),
  /** The user name that wrote it; the server refuses any other than the writer's own. */
  by: z.string().check(z.minLength(1)),
});

/**
 * One side of a conflict that someone resolved by keeping the other: kept as its own document,
 * so what it said, who wrote it and when stay readable after the conflict is gone.
 */
const supersededDocBodySchema = z.strictObject({
  type: z.literal('superseded'),
  version: z.literal(1),
  /** The id of the value document and the revision that lost. */
  value: z.string(),
  rev: z.string(),
  change: changeSchemaV3,
  at: z.number(),
  tab: z.string(),
  by: z.string(),
  resolvedBy: z.string().check(z.minLength(1)),
  resolvedAt: z.number(),
});

/** Every document a team database holds besides design documents, told apart by `type`. */
export const teamDocBodySchema = z.discriminatedUnion('type', [valueDocBodySchema, supersededDocBodySchema]);

export type ValueDoc = z.infer<typeof valueDocBodySchema> & { _id: string; _rev?: string };
export type SupersededDoc = z.infer<typeof supersededDocBodySchema> & { _id: string; _rev?: string };

const VALUE_PREFIX = 'v:';
const SUPERSEDED_PREFIX = 's:';

export function valueDocId(change: Change): string {
  return VALUE_PREFIX + changeKey(change);
}

export function supersededDocId(valueId: string, rev: string): string {
  return `${SUPERSEDED_PREFIX}${valueId}:${rev}`;
}

export function toValueDoc({ change, stamp }: StampedChange, by: string): ValueDoc {
  return { _id: valueDocId(change), type: 'value', version: 1, change, at: stamp.at, tab: stamp.tab, by };
}

/** The body of a stored document: CouchDB's own fields (`_id`, `_rev`, `_conflicts`…) set aside. */
function bodyOf(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null) return doc;
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
}

/**
 * A value document read from a team database, or null when it is not one (a design document,
 * a side kept after a conflict) or does not match its schema or its own id: what the server let
 * through is still checked, so a document the app cannot read changes nothing.
 */
export function readValueDoc(doc: unknown): ValueDoc | null {
  const id = (doc as { _id?: unknown } | null)?._id;
  if (typeof id !== 'string' || !id.startsWith(VALUE_PREFIX)) return null;
  const body = valueDocBodySchema.safeParse(bodyOf(doc));
  if (!body.success || valueDocId(body.data.change) !== id) return null;
  const rev = (doc as { _rev?: unknown })._rev;
  return { ...body.data, _id: id, ...(typeof rev === 'string' ? { _rev: rev } : {}) };
}

export function readSupersededDoc(doc: unknown): SupersededDoc | null {
  const id = (doc as { _id?: unknown } | null)?._id;
  if (typeof id !== 'string' || !id.startsWith(SUPERSEDED_PREFIX)) return null;
  const body = supersededDocBodySchema.safeParse(bodyOf(doc));
  return body.success ? { ...body.data, _id: id } : null;
}

export function stampedOf(doc: ValueDoc): StampedChange {
  return { change: doc.change, stamp: { at: doc.at, tab: doc.tab } };
}
