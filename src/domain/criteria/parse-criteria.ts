import type { Result } from '../problems';
import { readVersioned, type Migrations } from '../versioned';
import { countiesSchemaV1, type County } from './counties-schema';
import { criteriaSchemaV3, type Criteria } from './criteria-schema';
import { criteriaSchemaV1 } from './criteria-schema-v1';
import { criteriaSchemaV2 } from './criteria-schema-v2';
import { migrateCriteriaV1, migrateCriteriaV2 } from './migrate-criteria';

export const criteriaMigrations: Migrations = { 1: migrateCriteriaV1, 2: migrateCriteriaV2 };
/** No older versions yet: version 1 is the first. */
export const countiesMigrations: Migrations = {};

export function parseCriteria(input: unknown): Result<Criteria> {
  return readVersioned(input, {
    format: 'lansinventering-criteria',
    noun: 'kriteriefilen',
    current: 3,
    currentSchema: criteriaSchemaV3,
    olderSchemas: { 1: criteriaSchemaV1, 2: criteriaSchemaV2 },
    migrations: criteriaMigrations,
  });
}

export function parseCounties(input: unknown): Result<County[]> {
  const result = readVersioned(input, {
    format: 'lansinventering-counties',
    noun: 'länsfilen',
    current: 1,
    currentSchema: countiesSchemaV1,
    olderSchemas: {},
    migrations: countiesMigrations,
  });
  return result.ok ? { ok: true, value: result.value.counties } : result;
}
