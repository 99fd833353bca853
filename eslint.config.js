import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_PACKAGES = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'recharts', 'recharts/*'];

// One import of zod's classic API brings all of it into the start-up script, and it compiles
// parsers with `new Function`, which the Content-Security-Policy forbids.
const FULL_ZOD = ['zod', 'zod/v4', 'zod/v4/classic', 'zod/v3'].map((name) => ({
  name,
  message: 'Appen använder zod/mini (docs/decisions/011-zod-mini-for-a-small-start.md).',
}));

export default tseslint.config(
  { ignores: ['.shot*.mjs', '.prof-*.mjs', 'dist', 'node_modules', 'test-results', 'playwright-report', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: FULL_ZOD }] },
  },
  {
    // The domain decides every number the app shows; it must stay testable without a browser
    // and reusable outside React, so it may not import UI or store libraries.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FULL_ZOD,
          patterns: [
            {
              group: UI_PACKAGES,
              message: 'src/domain är ren TypeScript: inga importer av React, zustand eller recharts.',
            },
            {
              group: ['**/store/**', '**/features/**', '**/app/**', '**/components/**', '**/lib/**', '**/providers/**'],
              message: 'src/domain får inte bero på lagren ovanför (store, providers, features, app).',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports point downwards: app → features → components/providers/store → domain.
    // A feature never imports another feature or the app layer; shared pieces go below it.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FULL_ZOD,
          patterns: [
            { group: ['../*/**', '!../../**'], message: 'En feature importerar inte en annan feature.' },
            { group: ['**/app/**'], message: 'En feature importerar inte app-lagret.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/store/**/*.ts', 'src/lib/**/*.ts', 'src/providers/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FULL_ZOD,
          patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Delad kod importerar inte features eller app.' }],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}', 'scripts/**/*.{ts,mjs}', 'tests/e2e/**/*.ts'],
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
