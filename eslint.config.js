import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_PACKAGES = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'recharts', 'recharts/*'];

// One import of zod's classic API brings all of it into the start-up script, and it compiles
// parsers with `new Function`, which the Content-Security-Policy forbids.
const FULL_ZOD = ['zod', 'zod/v4', 'zod/v4/classic', 'zod/v3'].map((name) => ({
  name,
  message: 'The app uses zod/mini (docs/decisions/011-zod-mini-for-a-small-start.md).',
}));

const noUiPackages = (message) => ['error', { paths: FULL_ZOD, patterns: [{ group: UI_PACKAGES, message }] }];

// The layers of src/, and what each may not import (docs/decisions/017-layers-fenced-by-lint.md).
// A path zone names folders as they are, so nothing climbs around it with "../..".
const zone = (target, from, message, except) => ({ target: `./src/${target}`, from: `./src/${from}`, message, ...(except ? { except } : {}) });
const ABOVE_THE_DOMAIN = ['store', 'providers', 'i18n', 'components', 'features', 'app'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LAYER_ZONES = [
  ...ABOVE_THE_DOMAIN.map((layer) => zone('domain', layer, 'src/domain is the pure core: it imports nothing from the layers above it.')),
  ...['domain', ...ABOVE_THE_DOMAIN].map((layer) =>
    zone('lib', layer, 'src/lib holds generic code that knows nothing of the app: it imports nothing from the app.'),
  ),
  ...['store', 'providers', 'i18n', 'components'].flatMap((layer) => [
    zone(layer, 'features', 'Shared code does not import a feature: move what both need below the features.'),
    zone(layer, 'app', 'Shared code does not import the app layer.'),
  ]),
  ...FEATURES.map((feature) =>
    zone(`features/${feature}`, 'features', 'A feature does not import another feature: move what both need to src/components, src/lib or the domain.', [`./${feature}`]),
  ),
  zone('features', 'app', 'A feature does not import the app layer.'),
];

export default tseslint.config(
  // tests/lint/fixtures break the rules on purpose; tests/lint/import-fence.test.ts lints them.
  // The CouchDB validator is one bare ES5 function expression, which no module or script parses:
  // tests/unit/validate-doc-update-source.test.ts lints it as ES5.
  {
    ignores: ['.shot*.mjs', '.prof-*.mjs', 'dist', 'node_modules', 'test-results', 'playwright-report', 'reports', 'tests/lint/fixtures', 'deploy/couchdb/validate-doc-update.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The modules an import reads (for cycles) are parsed as TypeScript, as ESLint parses them.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: FULL_ZOD }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    // The domain decides every number the app shows; it must stay testable without a browser
    // and reusable outside React, so it may not import UI or store libraries.
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': noUiPackages('src/domain is plain TypeScript: no React, zustand or recharts.') },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': noUiPackages('src/lib is plain TypeScript: no React, zustand or recharts.') },
  },
  {
    files: ['*.{js,ts}', 'scripts/**/*.{ts,mjs}', 'tests/e2e/**/*.ts', 'tests/lint/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The performance scripts hand functions to page.evaluate, which run in the measured page.
    files: ['scripts/perf/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Added to the measured pages as classic scripts (page.addInitScript): browser code only.
    files: ['scripts/perf/in-page/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
