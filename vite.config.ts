import react from '@vitejs/plugin-react';
import { criteriaFiles } from './scripts/vite-plugin-criteria';
import { CONTENT_SECURITY_POLICY } from './src/content-security-policy';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built app works from any static host and any sub-path.
  base: './',
  plugins: [react(), criteriaFiles()],
  // The built app is checked under the same security headers a deployment should send.
  preview: {
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    reporters: process.env.CI_JSON_REPORT
      ? ['default', ['json', { outputFile: process.env.CI_JSON_REPORT }]]
      : ['default'],
  },
});
