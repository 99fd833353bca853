import * as z from 'zod/mini';
import { scoreSchema } from '../score';
import { checkCriteriaReferences, checkGuideReferences } from './criteria-references';
import { id, localizedTextSchema, text } from './criteria-texts';
import { guideSchema } from './guide-schema';
import { LEVEL_COUNT } from './level-count';

export type { LocalizedText } from './criteria-texts';

const scaleStep = <V extends 0 | 1 | 2>(value: V) => z.strictObject({ value: z.literal(value), label: localizedTextSchema });

const statementSchema = z.strictObject({ id, text: localizedTextSchema });

const statementGroupSchema = z.strictObject({
  heading: localizedTextSchema,
  intro: z.optional(localizedTextSchema),
  statements: z.array(statementSchema).check(z.minLength(1, 'en rubrik måste ha minst ett påstående')),
});

/**
 * Where a condition comes from: `text` when the report names the requirement, `tolkning` when it
 * is a threshold this tool chose; `why` says which, in one line.
 */
const basisSchema = z.strictObject({
  kind: z.enum(['text', 'tolkning'], { error: 'grunden måste vara "text" eller "tolkning"' }),
  why: localizedTextSchema,
});

/** "At least `atLeast` of `statements` score ≥ `minScore`." */
const conditionSchema = z.strictObject({
  statements: z.array(id).check(z.minLength(1, 'ett villkor måste läsa minst ett påstående')),
  minScore: scoreSchema,
  atLeast: z.number().check(z.int(), z.minimum(1, 'atLeast måste vara minst 1')),
  basis: basisSchema,
});

/** An area's levels, strongest first; the last one is the fallback and has no conditions. */
const levelConditionsSchema = z
  .array(z.array(conditionSchema))
  .check(z.length(LEVEL_COUNT, `ett område måste ha exakt ${LEVEL_COUNT} nivåer`));

const levelSchema = z.strictObject({
  label: localizedTextSchema,
  /** The report's own description of the level ("Kommentarer till indelningen"), where it gives one. */
  description: z.optional(localizedTextSchema),
  conditions: z.array(conditionSchema),
});

/**
 * An earlier revision of the rule: the conditions, level by level, of the areas the next revision
 * changed, so that a round scored against it can still be rated with it.
 */
const revisionSchema = z.strictObject({
  revision: z.number().check(z.int(), z.minimum(1, 'en revision är minst 1')),
  /** The day the next revision replaced it. */
  date: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'ska vara ett datum: 2026-11-30')),
  /** What the next revision changed. */
  change: localizedTextSchema,
  levels: z.record(id, levelConditionsSchema),
});

const areaSchema = z.strictObject({
  id,
  figure: z.number().check(z.int(), z.minimum(1)),
  /** The report's full name of the area, for headings. */
  title: localizedTextSchema,
  /** A short name, where room is tight: chart axes, table columns, chips. */
  shortTitle: localizedTextSchema,
  figureTitle: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  groups: z.array(statementGroupSchema).check(z.minLength(1, 'ett område måste ha minst en rubrik')),
  /** Strongest level first; the last one is the fallback and has no conditions. */
  levels: z.array(levelSchema).check(z.length(LEVEL_COUNT, `ett område måste ha exakt ${LEVEL_COUNT} nivåer`)),
});

/**
 * Version 3: version 2 with the interview guide (Bilaga 2), each area's short title, each level's
 * description from the report, each condition's basis, and the rule's revision with the earlier ones.
 */
export const criteriaSchemaV3 = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal('lansinventering-criteria'),
    version: z.literal(3),
    id,
    title: localizedTextSchema,
    source: text,
    instruction: z.optional(localizedTextSchema),
    scale: z.tuple([scaleStep(0), scaleStep(1), scaleStep(2)]),
    areas: z.array(areaSchema).check(z.minLength(1, 'kriterierna måste ha minst ett område')),
    /** The revision of the rule (the areas' conditions) this file holds; a round records the one it is rated with. */
    revision: z.number().check(z.int(), z.minimum(1, 'revisionen måste vara minst 1')),
    /** Every earlier revision, each once. */
    revisions: z.array(revisionSchema),
    guide: z.optional(guideSchema),
  })
  .check(z.superRefine(checkCriteriaReferences), z.superRefine(checkGuideReferences));

export type Criteria = z.infer<typeof criteriaSchemaV3>;
export type Area = Criteria['areas'][number];
export type Statement = z.infer<typeof statementSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Revision = z.infer<typeof revisionSchema>;
