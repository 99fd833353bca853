import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

// The layers of src/ are kept apart by lint (eslint.config.js). These cases lint one import as if
// it stood in a file at `from`: one case for every kind of import the fence refuses, and for the
// imports it must let through, so that a hole in the fence, or a fence too tight, fails here.
const eslint = new ESLint({ cwd: process.cwd() });
const FENCE_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports', 'import-x/no-cycle']);

async function fenceRulesBroken(from: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: from });
  return (result?.messages ?? []).flatMap((message) => (message.ruleId && FENCE_RULES.has(message.ruleId) ? [message.ruleId] : []));
}

test.each([
  ['a feature imports another feature', 'src/features/figures/fixture.ts', '../scoring/scoring-page', 'import-x/no-restricted-paths'],
  ['a page folder climbs two levels into another feature', 'src/features/compare/overview/fixture.ts', '../../scoring/what-is-needed', 'import-x/no-restricted-paths'],
  ['a feature imports the app layer', 'src/features/scoring/fixture.ts', '../../app/shell', 'import-x/no-restricted-paths'],
  ['a shared component imports a feature', 'src/components/fixture.ts', '../features/scoring/scoring-page', 'import-x/no-restricted-paths'],
  ['a shared component imports the app layer', 'src/components/fixture.ts', '../app/shell', 'import-x/no-restricted-paths'],
  ['a store imports a feature', 'src/store/fixture.ts', '../features/data/data-page', 'import-x/no-restricted-paths'],
  ['a store imports the app layer', 'src/store/fixture.ts', '../app/shell', 'import-x/no-restricted-paths'],
  ['a provider imports a feature', 'src/providers/fixture.ts', '../features/figures/figures-page', 'import-x/no-restricted-paths'],
  ['the translation layer imports the app layer', 'src/i18n/fixture.ts', '../app/routes', 'import-x/no-restricted-paths'],
  ['the domain imports a store', 'src/domain/rating/fixture.ts', '../../store/workspace-store', 'import-x/no-restricted-paths'],
  ['the domain imports the translation layer', 'src/domain/fixture.ts', '../i18n/use-translation', 'import-x/no-restricted-paths'],
  ['the domain imports React', 'src/domain/rating/fixture.ts', 'react', 'no-restricted-imports'],
  ['the domain imports zustand', 'src/domain/fixture.ts', 'zustand/vanilla', 'no-restricted-imports'],
  ['a generic codec imports the domain', 'src/lib/fixture.ts', '../domain/localize', 'import-x/no-restricted-paths'],
  ['a generic codec imports a store', 'src/lib/fixture.ts', '../store/workspace-store', 'import-x/no-restricted-paths'],
  ['a generic codec imports a shared component', 'src/lib/fixture.ts', '../components/level-badge', 'import-x/no-restricted-paths'],
  ['a generic codec imports the translation layer', 'src/lib/fixture.ts', '../i18n/use-translation', 'import-x/no-restricted-paths'],
  ['a generic codec imports recharts', 'src/lib/fixture.ts', 'recharts', 'no-restricted-imports'],
  ['the app imports the full zod', 'src/app/fixture.ts', 'zod', 'no-restricted-imports'],
])('lint refuses an import where %s', async (_case, from, specifier, rule) => {
  expect(await fenceRulesBroken(from, `import '${specifier}';\n`)).toEqual([rule]);
});

test.each([
  ['a page folder imports what its feature shares', 'src/features/compare/overview/fixture.ts', '../shared/compare-nav'],
  ['a feature imports a shared component', 'src/features/scoring/fixture.ts', '../../components/level-badge'],
  ['the domain imports a generic codec', 'src/domain/csv/fixture.ts', '../../lib/csv-text'],
  ['the app imports a feature', 'src/app/fixture.ts', '../features/scoring/scoring-page'],
  ['a store imports the domain', 'src/store/fixture.ts', '../domain/workspace/assessment'],
  ['the translation layer imports the domain', 'src/i18n/fixture.ts', '../domain/localize'],
])('lint lets through an import where %s', async (_case, from, specifier) => {
  expect(await fenceRulesBroken(from, `import '${specifier}';\n`)).toEqual([]);
});

test('lint refuses an import cycle', async () => {
  // The fixtures are ignored by `npm run lint`, which must pass; here they are linted on purpose.
  const [result] = await new ESLint({ cwd: process.cwd(), ignore: false }).lintFiles(['tests/lint/fixtures/cycle/first.ts']);
  expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
});
