import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { criteriaFiles } from './scripts/vite-plugin-criteria.ts';
import { CONTENT_SECURITY_POLICY } from './src/content-security-policy.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built app works from any static host and any sub-path.
  base: './',
  build: {
    rollupOptions: {
      output: {
        // zod in a chunk of its own: it changes less often than the app, and its size stays visible
        // against the start-up budget (see docs/decisions/011-zod-mini-for-a-small-start.md).
        manualChunks: (id: string) => (/[\\/]node_modules[\\/]zod[\\/]/.test(id) ? 'zod' : undefined),
      },
    },
  },
  plugins: [
    react(),
    criteriaFiles(),
    // Service worker (dist/sw.js) and web app manifest: after one visit the app, with its criteria
    // files, starts without a network. See docs/deployment.md, "Service worker and updates".
    VitePWA({
      // A new version waits until the person chooses to reload (src/features/app-update/): the
      // page is never reloaded by itself, which could drop a note being typed.
      registerType: 'prompt',
      // Registered from src/main.tsx through `virtual:pwa-register`: no inline script (CSP).
      injectRegister: null,
      manifest: {
        name: 'Länsinventering psykisk hälsa',
        short_name: 'Länsinventering',
        description: 'Bedöm hur länen är organiserade för kunskapsutveckling inom psykisk hälsa, enligt Bilaga 1.',
        lang: 'sv',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b5a7a',
        background_color: '#ffffff',
        // Drawn by src/features/app-update/generate-icons.mjs; precached through globPatterns.
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      includeManifestIcons: false,
      workbox: {
        // Everything the app needs, including criteria/bilaga1.json and criteria/counties.json:
        // served from the precache, so the app's `fetch(file, { cache: 'no-cache' })` is answered
        // without a network and always matches the app version it was built with.
        globPatterns: ['**/*.{html,js,css,json,svg,png}'],
        // The first visit's worker takes control at once, so that visit already works offline.
        // Later versions still wait for the prompt (no skipWaiting).
        clientsClaim: true,
        // Hash routes: every navigation in scope opens index.html, but not a file's own address.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+(\?.*)?$/],
      },
    }),
  ],
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
    // `npm run bench` only: timings are for reading, never pass or fail (docs/performance.md).
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    reporters: process.env.CI_JSON_REPORT
      ? ['default', ['json', { outputFile: process.env.CI_JSON_REPORT }]]
      : ['default'],
  },
});
