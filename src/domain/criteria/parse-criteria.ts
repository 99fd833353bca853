import type { Result } from '../problems';
import { readVersioned, type Migrations } from '../versioned';
import { countiesSchemaV1, type County } from './counties-schema';
import { criteriaSchemaV1, type Criteria } from './criteria-schema';

/** No older versions yet: version 1 is the first. */
export const criteriaMigrations: Migrations = {};
export const countiesMigrations: Migrations = {};

export function parseCriteria(input: unknown): Result<Criteria> {
  return readVersioned(input, {
    format: 'lansinventering-criteria',
    noun: 'kriteriefilen',
    current: 1,
    currentSchema: criteriaSchemaV1,
    olderSchemas: {},
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
