import * as z from 'zod/mini';
import { criteriaSchemaV3, type Criteria } from '../criteria/criteria-schema';
import { fail, ok, problemsFromZod, swedishErrors, type Problem, type Result } from '../problems';
import { scoreSchema, type Score } from '../score';
import { readVersioned, type Migrations } from '../versioned';

const RULE_VARIANT_FORMAT = 'lansinventering-rule-variant';
/** A variant's name is short: it stands in the address, the page and the file name. */
export const MAX_VARIANT_NAME = 80;

const id = z.string().check(z.regex(/^[\w.-]+$/, 'ett id får bara innehålla bokstäver, siffror, punkt, - och _'));

/** The thresholds of one condition; which statements it reads stays as the criteria say. */
const thresholdSchema = z.strictObject({
  minScore: scoreSchema,
  atLeast: z.number().check(z.int(), z.minimum(1, 'atLeast måste vara minst 1')),
});

/**
 * Version 1: the criteria id, a name, and per area (by id), per level (strongest first, as in the
 * criteria file) and per condition the thresholds. The shape must match the criteria exactly.
 */
export const ruleVariantSchemaV1 = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(RULE_VARIANT_FORMAT),
  version: z.literal(1),
  criteria: id,
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'varianten måste ha ett namn'),
      z.maxLength(MAX_VARIANT_NAME, `namnet får vara högst ${MAX_VARIANT_NAME} tecken`),
    ),
  areas: z.array(
    z.strictObject({ id, levels: z.array(z.strictObject({ conditions: z.array(thresholdSchema) })) }),
  ),
});

export type RuleVariantFileV1 = z.infer<typeof ruleVariantSchemaV1>;
export type Threshold = { minScore: Score; atLeast: number };
/** A rule variant: the criteria's conditions with other thresholds, under a name. */
export type RuleVariant = {
  criteria: string;
  name: string;
  areas: { id: string; levels: { conditions: Threshold[] }[] }[];
};

/** No older versions yet: version 1 is the first. */
export const ruleVariantMigrations: Migrations = {};

/** The criteria's own thresholds as a variant: the starting point of every edit. */
export function variantFromCriteria(criteria: Criteria, name: string): RuleVariant {
  return {
    criteria: criteria.id,
    name,
    areas: criteria.areas.map((area) => ({
      id: area.id,
      levels: area.levels.map((level) => ({
        conditions: level.conditions.map(({ minScore, atLeast }) => ({ minScore, atLeast })),
      })),
    })),
  };
}

export function toRuleVariantFile(variant: RuleVariant): RuleVariantFileV1 {
  return { format: RULE_VARIANT_FORMAT, version: 1, criteria: variant.criteria, name: variant.name, areas: variant.areas };
}

/**
 * What a schema of shapes cannot see: the variant is for these criteria, has their areas, levels
 * and conditions in the same places, and no condition asks for more statements than it reads.
 */
function checkVariantShape(criteria: Criteria, variant: RuleVariant): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push({ path, message });
  if (variant.criteria !== criteria.id) {
    at('criteria', `varianten gäller kriterierna '${variant.criteria}', men de inlästa kriterierna är '${criteria.id}'`);
  }
  if (variant.areas.length !== criteria.areas.length) {
    at('areas', `ska ha ${criteria.areas.length} områden som kriterierna, har ${variant.areas.length}`);
  }
  variant.areas.forEach((area, a) => {
    const expected = criteria.areas[a];
    if (!expected) return;
    if (area.id !== expected.id) at(`areas[${a}].id`, `förväntade området '${expected.id}', fick '${area.id}'`);
    if (area.levels.length !== expected.levels.length) {
      at(`areas[${a}].levels`, `ska ha ${expected.levels.length} nivåer som kriterierna, har ${area.levels.length}`);
    }
    area.levels.forEach((level, l) => {
      const conditions = expected.levels[l]?.conditions;
      if (!conditions) return;
      const path = `areas[${a}].levels[${l}].conditions`;
      if (level.conditions.length !== conditions.length) {
        at(path, `ska ha ${conditions.length} villkor som kriterierna, har ${level.conditions.length}`);
      }
      level.conditions.forEach((threshold, c) => {
        const count = conditions[c]?.statements.length;
        if (count !== undefined && threshold.atLeast > count) {
          at(`${path}[${c}].atLeast`, `atLeast ${threshold.atLeast} är fler än villkorets ${count} påståenden`);
        }
      });
    });
  });
  return problems;
}

/** Reads a variant file (any known version) and checks that it fits the loaded criteria. */
export function parseRuleVariant(input: unknown, criteria: Criteria): Result<RuleVariant> {
  const read = readVersioned(input, {
    format: RULE_VARIANT_FORMAT,
    noun: 'variantfilen',
    current: 1,
    currentSchema: ruleVariantSchemaV1,
    olderSchemas: {},
    migrations: ruleVariantMigrations,
  });
  if (!read.ok) return read;
  const variant = withAddedConditions(criteria, { criteria: read.value.criteria, name: read.value.name, areas: read.value.areas });
  const problems = checkVariantShape(criteria, variant);
  return problems.length > 0 ? fail(problems) : ok(variant);
}

/**
 * A variant written before a revision of the rule added a condition at the end of a level lacks
 * it; the added condition keeps the criteria's own thresholds. Conditions are known by their place
 * (as in an address), so only conditions added after the variant's own are filled in.
 */
function withAddedConditions(criteria: Criteria, variant: RuleVariant): RuleVariant {
  return {
    ...variant,
    areas: variant.areas.map((area, a) => ({
      ...area,
      levels: area.levels.map((level, l) => {
        const expected = criteria.areas[a]?.levels[l]?.conditions ?? [];
        if (criteria.areas[a]?.id !== area.id || level.conditions.length >= expected.length) return level;
        const added = expected.slice(level.conditions.length).map(({ minScore, atLeast }) => ({ minScore, atLeast }));
        return { conditions: [...level.conditions, ...added] };
      }),
    })),
  };
}

/**
 * The criteria with the variant's thresholds in place of their own, checked again as a criteria
 * file, so `buildInstrument` can rate with it. The statements each condition reads are kept.
 */
export function applyVariant(criteria: Criteria, variant: RuleVariant): Result<Criteria> {
  const problems = checkVariantShape(criteria, variant);
  if (problems.length > 0) return fail(problems);
  const candidate = {
    ...criteria,
    areas: criteria.areas.map((area, a) => ({
      ...area,
      levels: area.levels.map((level, l) => ({
        ...level,
        conditions: level.conditions.map((condition, c) => {
          const threshold = variant.areas[a]?.levels[l]?.conditions[c] ?? condition;
          return { ...condition, minScore: threshold.minScore, atLeast: threshold.atLeast };
        }),
      })),
    })),
  };
  const parsed = criteriaSchemaV3.safeParse(candidate, swedishErrors);
  return parsed.success ? ok(parsed.data) : fail(problemsFromZod(parsed.error));
}

/** How many conditions have thresholds other than the criteria's own. */
export function countChangedConditions(criteria: Criteria, variant: RuleVariant): number {
  let count = 0;
  criteria.areas.forEach((area, a) =>
    area.levels.forEach((level, l) =>
      level.conditions.forEach((condition, c) => {
        const threshold = variant.areas[a]?.levels[l]?.conditions[c];
        if (threshold?.minScore !== condition.minScore || threshold.atLeast !== condition.atLeast) count += 1;
      }),
    ),
  );
  return count;
}

/** Whether the variant has exactly the criteria's own thresholds. */
export function isDefaultVariant(criteria: Criteria, variant: RuleVariant): boolean {
  return countChangedConditions(criteria, variant) === 0;
}

/** The variant with one condition's thresholds replaced; `level` is the index in the criteria (strongest first). */
export function withThreshold(variant: RuleVariant, areaIndex: number, level: number, condition: number, threshold: Threshold): RuleVariant {
  return {
    ...variant,
    areas: variant.areas.map((area, a) =>
      a !== areaIndex
        ? area
        : {
            ...area,
            levels: area.levels.map((lv, l) =>
              l !== level ? lv : { conditions: lv.conditions.map((th, c) => (c === condition ? threshold : th)) },
            ),
          },
    ),
  };
}
