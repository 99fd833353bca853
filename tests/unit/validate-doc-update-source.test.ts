import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Linter } from 'eslint';
import { expect, test } from 'vitest';
import { validatorSource } from '../../scripts/couch/validator-source.mjs';

// CouchDB 3 runs validate_doc_update in SpiderMonkey's sandbox with no build step between: the
// file is sent as it stands, so what it may use is checked here, not found out on a server.

const SCHEMA = JSON.parse(readFileSync(resolve(process.cwd(), 'deploy/couchdb/team-doc.schema.json'), 'utf8')) as unknown;

/** The keywords the validator's checker reads, and annotations it may pass by. */
const CHECKED = new Set(['type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'anyOf', 'oneOf', 'items', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
const ANNOTATIONS = new Set(['$schema', 'format', 'description', 'title']);

function keywordsOf(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const entries = Object.entries(schema);
  return entries.flatMap(([keyword, value]) => {
    if (keyword === 'properties') return [keyword, ...Object.values(value as object).flatMap(keywordsOf)];
    if (keyword === 'anyOf' || keyword === 'oneOf') return [keyword, ...(value as unknown[]).flatMap(keywordsOf)];
    if (keyword === 'items' || keyword === 'additionalProperties') return [keyword, ...keywordsOf(value)];
    return [keyword];
  });
}

function constantsOf(schema: unknown): unknown[] {
  if (typeof schema !== 'object' || schema === null) return [];
  return Object.entries(schema).flatMap(([keyword, value]) => {
    if (keyword === 'const') return [value];
    if (keyword === 'enum') return value as unknown[];
    return typeof value === 'object' ? Object.values(value as object).flatMap(constantsOf) : [];
  });
}

test('the generated JSON Schema uses only keywords the server\'s checker knows', () => {
  const unknown = [...new Set(keywordsOf(SCHEMA))].filter((keyword) => !CHECKED.has(keyword) && !ANNOTATIONS.has(keyword));
  expect(unknown).toEqual([]);
});

test('every value the schema fixes is a string, a number, a boolean or null, which the checker compares with ===', () => {
  const compound = constantsOf(SCHEMA).filter((value) => typeof value === 'object' && value !== null);
  expect(compound).toEqual([]);
});

test("every pattern of the schema compiles as a plain regular expression, with no flags", () => {
  const patterns = JSON.stringify(SCHEMA).match(/"pattern":"((?:[^"\\]|\\.)*)"/g) ?? [];
  expect(patterns.length).toBeGreaterThan(0);
  for (const pattern of patterns) expect(() => new RegExp(JSON.parse(pattern.slice('"pattern":'.length)) as string)).not.toThrow();
});

test('the validator is one ES5 function expression, self-contained, with the schema in its place', () => {
  const source = validatorSource();
  expect(source.startsWith('function (newDoc, oldDoc, userCtx, secObj) {')).toBe(true);
  expect(source).not.toContain('__SCHEMA__');
  const messages = new Linter().verify(`(${source});`, {
    languageOptions: { ecmaVersion: 5, sourceType: 'script' },
    rules: { 'no-undef': 'error', 'no-unused-vars': 'error', 'no-redeclare': 'error', strict: ['error', 'never'] },
  });
  expect(messages.map(({ line, message }) => `${line}: ${message}`)).toEqual([]);
});
