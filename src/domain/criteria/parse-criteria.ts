import type { Result } from '../problems';
import { readVersioned, type Migrations } from '../versioned';
import { countiesSchemaV1, type County } from './counties-schema';
import { criteriaSchemaV2, type Criteria } from './criteria-schema';
import { criteriaSchemaV1 } from './criteria-schema-v1';
import { migrateCriteriaV1 } from './migrate-criteria';

export const criteriaMigrations: Migrations = { 1: migrateCriteriaV1 };
/** No older versions yet: version 1 is the first. */
export const countiesMigrations: Migrations = {};

export function parseCriteria(input: unknown): Result<Criteria> {
  return readVersioned(input, {
    format: 'lansinventering-criteria',
    noun: 'kriteriefilen',
    current: 2,
    currentSchema: criteriaSchemaV2,
    olderSchemas: { 1: criteriaSchemaV1 },
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
