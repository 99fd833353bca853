import { defineConfig, devices, type ReporterDescription } from '@playwright/test';

const jsonReport = process.env.PW_JSON_REPORT;
const reporter: ReporterDescription[] = [['list']];
if (jsonReport) reporter.push(['json', { outputFile: jsonReport }]);

// Another port lets a second checkout run its browser tests at the same time.
const PORT = Number(process.env.PW_PORT ?? 4173);
// The team server the app's `/couch` leads to: a real CouchDB in COUCHDB_URL, or else the
// pouchdb-server that tests/e2e/team-server.global.ts starts on this port (next to the app's).
const TEAM_SERVER = process.env.COUCHDB_URL ?? `http://127.0.0.1:${PORT + 1812}`;
process.env.TEAM_SERVER_URL = TEAM_SERVER;

/**
 * End-to-end tests against the built app (`vite preview`), in Debian's Chromium: no browser is
 * downloaded. Every test gets a fresh browser context, so a fresh, empty IndexedDB.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/team-server.global.ts',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Waits end as soon as what they wait for is there: these limits only say how long a busy
  // two-core machine may take before a test counts as failed (a hang, not a slow machine).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter,
  use: {
    baseURL: `http://localhost:${PORT}/`,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { COUCH_PROXY_TARGET: TEAM_SERVER },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
