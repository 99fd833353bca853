import * as z from 'zod/mini';
import { scoreSchema } from '../score';
import { checkCriteriaReferences } from './criteria-references';
import { LEVEL_COUNT } from './level-count';

// Version 2 of the criteria file: every text localized, no interview guide, no sources of the
// conditions, no revisions. Kept so that version-2 files still load; they are migrated to version 3
// (see criteria-schema.ts).

const text = z.string().check(z.trim(), z.minLength(1, 'får inte vara tom'));
const id = z.string().check(z.regex(/^[\w.-]+$/, 'ett id får bara innehålla bokstäver, siffror, punkt, - och _'));

const localizedTextSchema = z.strictObject({ sv: text, en: z.optional(text) });

const scaleStep = <V extends 0 | 1 | 2>(value: V) => z.strictObject({ value: z.literal(value), label: localizedTextSchema });

const statementSchema = z.strictObject({ id, text: localizedTextSchema });

const statementGroupSchema = z.strictObject({
  heading: localizedTextSchema,
  intro: z.optional(localizedTextSchema),
  statements: z.array(statementSchema).check(z.minLength(1, 'en rubrik måste ha minst ett påstående')),
});

/** "At least `atLeast` of `statements` score ≥ `minScore`." */
const conditionSchema = z.strictObject({
  statements: z.array(id).check(z.minLength(1, 'ett villkor måste läsa minst ett påstående')),
  minScore: scoreSchema,
  atLeast: z.number().check(z.int(), z.minimum(1, 'atLeast måste vara minst 1')),
});

const levelSchema = z.strictObject({ label: localizedTextSchema, conditions: z.array(conditionSchema) });

const areaSchema = z.strictObject({
  id,
  figure: z.number().check(z.int(), z.minimum(1)),
  title: localizedTextSchema,
  figureTitle: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  groups: z.array(statementGroupSchema).check(z.minLength(1, 'ett område måste ha minst en rubrik')),
  /** Strongest level first; the last one is the fallback and has no conditions. */
  levels: z.array(levelSchema).check(z.length(LEVEL_COUNT, `ett område måste ha exakt ${LEVEL_COUNT} nivåer`)),
});

export const criteriaSchemaV2 = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal('lansinventering-criteria'),
    version: z.literal(2),
    id,
    title: localizedTextSchema,
    source: text,
    instruction: z.optional(localizedTextSchema),
    scale: z.tuple([scaleStep(0), scaleStep(1), scaleStep(2)]),
    areas: z.array(areaSchema).check(z.minLength(1, 'kriterierna måste ha minst ett område')),
  })
  .check(z.superRefine(checkCriteriaReferences));

export type CriteriaV2 = z.infer<typeof criteriaSchemaV2>;
