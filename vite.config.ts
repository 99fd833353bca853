import react from '@vitejs/plugin-react';
import { criteriaFiles } from './scripts/vite-plugin-criteria';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built app works from any static host and any sub-path.
  base: './',
  plugins: [react(), criteriaFiles()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    reporters: process.env.CI_JSON_REPORT
      ? ['default', ['json', { outputFile: process.env.CI_JSON_REPORT }]]
      : ['default'],
  },
});
