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

/** Version 3: version 2 with the interview guide (Bilaga 2). */
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
    guide: z.optional(guideSchema),
  })
  .check(z.superRefine(checkCriteriaReferences), z.superRefine(checkGuideReferences));

export type Criteria = z.infer<typeof criteriaSchemaV3>;
export type Area = Criteria['areas'][number];
export type Statement = z.infer<typeof statementSchema>;
export type Condition = z.infer<typeof conditionSchema>;
