import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { countiesSchemaV2 } from '../../src/domain/criteria/counties-schema';
import { criteriaSchemaV3 } from '../../src/domain/criteria/criteria-schema';
import { ruleVariantSchemaV1 } from '../../src/domain/rules/rule-variant';
import { teamDocBodySchema } from '../../src/domain/team/value-doc';
import { workspaceFileSchemaV3 } from '../../src/domain/workspace/workspace-file-schema';

// The JSON Schemas in criteria/ and docs/ give editors completion and checking while a person
// edits the files; deploy/couchdb/'s is the one a team server checks every document against. They are generated from the zod schemas (the only source of the formats);
// `npm run schema` rewrites them, and this test fails when one is out of date.
const generated = [
  { file: 'criteria/criteria.schema.json', schema: criteriaSchemaV3 },
  { file: 'criteria/counties.schema.json', schema: countiesSchemaV2 },
  { file: 'docs/workspace-file.schema.json', schema: workspaceFileSchemaV3 },
  { file: 'docs/rule-variant.schema.json', schema: ruleVariantSchemaV1 },
  { file: 'deploy/couchdb/team-doc.schema.json', schema: teamDocBodySchema },
];

test.each(generated)('$file is the JSON Schema generated from its zod schema', ({ file, schema }) => {
  const expected = `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`;
  const path = resolve(process.cwd(), file);
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, expected);
  expect(readFileSync(path, 'utf8')).toBe(expected);
});
