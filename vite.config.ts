import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';
import { criteriaFiles } from './scripts/vite-plugin-criteria.ts';
import { COUNTIES_FILE, CRITERIA_FILE } from './src/app/instrument-files.ts';
import { CONTENT_SECURITY_POLICY } from './src/content-security-policy.ts';

// The team server behind the app's own origin, as docs/deployment.md recommends: `/couch/…` goes
// to CouchDB (`npm run couch:dev` here, the server in COUCHDB_URL, or the browser tests' own), so
// the session cookie and the Content-Security-Policy need nothing for another origin.
const COUCH_PROXY = {
  '/couch': {
    target: process.env.COUCH_PROXY_TARGET ?? process.env.COUCHDB_URL ?? 'http://127.0.0.1:5984',
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/couch/, ''),
  },
};

export default defineConfig({
  // Relative base: the built app works from any static host and any sub-path.
  base: './',
  resolve: {
    // Only the scales the charts use, not all of d3-scale (src/lib/d3-scale-subset.ts).
    alias: [{ find: /^victory-vendor\/d3-scale$/, replacement: fileURLToPath(new URL('./src/lib/d3-scale-subset.ts', import.meta.url)) }],
  },
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
    criteriaFiles('criteria', [CRITERIA_FILE, COUNTIES_FILE]),
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
        // Drawn by scripts/generate-icons.mjs; precached through globPatterns.
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
        navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+(\?.*)?$/, /\/couch\//],
      },
    }),
  ],
  // The built app is checked under the same security headers a deployment should send.
  server: { proxy: COUCH_PROXY },
  preview: {
    proxy: COUCH_PROXY,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    // Three projects, all run by `npm test`. Starting a jsdom for a test file costs far more than
    // the domain's tests themselves, so only the tests that need a DOM get one:
    // - unit: tests/unit/ and tests/lint/, in Node. IndexedDB is not a DOM need: fake-indexeddb
    //   serves it here too.
    // - dom: the views (tests/component/) and the unit tests named `*.dom.test.ts`, in jsdom. A unit
    //   test takes that name when it needs what only a browser has (localStorage, window, document,
    //   DOMParser, StorageEvent): the name says so where the file is read, no list to keep up to date.
    // - server: tests/server/, in Node, against a team server started for the file.
    setupFiles: ['./tests/setup.ts'],
    // A view test renders whole pages in jsdom; the first in a file also loads the page's code. On a
    // busy two-core machine that has taken more than vitest's default of 5 s, so a hang, not a
    // slow machine, is what fails a test here.
    testTimeout: 30_000,
    // Vitest's default leaves one core to its main process, which has little to do once the files
    // are transformed: on a two-core machine that was one worker for every file, one after another.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // One module cache for all of them: the domain's tests share no state, mock no module and
          // stub no global, and starting each file afresh took four times as long as the tests.
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/unit/**/*.dom.test.ts'],
          // `npm run bench` only: timings are for reading, never pass or fail (docs/performance.md).
          // In this project alone, so that the benchmarks run once and not beside another copy.
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        // The team server's rules over HTTP, against pouchdb-server started for the file, or a
        // CouchDB named by COUCHDB_URL and COUCHDB_ADMIN (tests/server/team-server.ts).
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          benchmark: { include: [] },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup-dom.ts'],
          include: ['tests/unit/**/*.dom.test.ts', 'tests/component/**/*.test.tsx'],
          benchmark: { include: [] },
        },
      },
    ],
    reporters: process.env.CI_JSON_REPORT
      ? ['default', ['json', { outputFile: process.env.CI_JSON_REPORT }]]
      : ['default'],
  },
});
