// How long a fresh browser takes to bring a full round from the team server, measured in the built
// app (not a test; figures only): a team database holds 21 counties × 32 statements × 4 score sets
// (three interviewers' and the agreed scores, 2,688 value documents); a browser with empty storage
// signs in at #/team, and the clock runs from "Anslut" until the header says "Synkroniserad" and
// the county list shows every county's agreed scores. Requests to the server are counted.
// Shared by `npm run measure:browser-sync` (team-browser-sync.mjs) and `npm run perf`.
import { startDevServer } from '../couch/dev-server-process.mjs';
import { setupTeamDatabase } from '../couch/team-database.mjs';
import { freePort, startPreview } from '../perf/preview-server.mjs';
import { countyBatch, instrumentIds, ROUND } from './team-round.mjs';

const RATERS = ['r01', 'r02', 'r03'];
const COORDINATOR = 'sara';
const PASSWORD = 'mät-lösenord-1';
const SYNCED_WITHIN_MS = 300_000;

/** The round's documents as the team would have written them: each rater's and the agreed scores. */
function roundDocuments(counties, statements) {
  return counties.flatMap((county) => [
    ...RATERS.flatMap((rater) => countyBatch(statements, county, rater)),
    ...countyBatch(statements, county, COORDINATOR, { agreed: true }),
  ]);
}

async function syncOnce(browser, appUrl, server, db, counties, statements) {
  const users = [...RATERS.map((name) => ({ name, password: PASSWORD, role: 'intervjuare' })), { name: COORDINATOR, password: PASSWORD, role: 'samordnare' }];
  await setupTeamDatabase({ url: server.url, admin: server.admin, db, round: ROUND, users });
  const docs = roundDocuments(counties, statements);
  const admin = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  const written = await fetch(`${server.url}/${db}/_bulk_docs`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: admin },
    body: JSON.stringify({ docs }),
  });
  if (!written.ok) throw new Error(`_bulk_docs gav ${written.status}`);

  const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let requests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/couch/')) requests += 1;
    });
    await page.goto(`${appUrl}#/team`);
    await page.getByLabel('Databas').fill(db);
    await page.getByLabel('Användarnamn').fill(COORDINATOR);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    requests = 0;
    const started = performance.now();
    await page.getByRole('button', { name: 'Anslut' }).click();
    const status = page.getByRole('banner').getByRole('status', { name: 'Teamserver' });
    await status.getByText('Synkroniserad').waitFor({ timeout: SYNCED_WITHIN_MS });
    await page.goto(`${appUrl}#/lan`);
    await page.getByRole('cell', { name: '32 av 32' }).nth(counties.length - 1).waitFor({ timeout: SYNCED_WITHIN_MS });
    await status.getByText('Synkroniserad').waitFor({ timeout: SYNCED_WITHIN_MS });
    return { documents: docs.length, seconds: (performance.now() - started) / 1000, requests };
  } finally {
    await context.close();
  }
}

/**
 * Starts pouchdb-server in memory and `vite preview` of the built dist/ with its /couch proxy
 * pointed at it, runs `runs` syncs (each into a new database and a fresh browser context of
 * `browser`) and stops both servers. Ports: the ones given, or free ones.
 * Returns one { documents, seconds, requests } per run.
 */
export async function measureBrowserSync(browser, { runs = 1, previewPort, couchPort } = {}) {
  const server = await startDevServer(couchPort === undefined ? {} : { port: couchPort });
  let preview;
  try {
    // The proxy's target is read when vite preview starts (vite.config.ts).
    preview = await startPreview(await freePort(previewPort), { env: { COUCH_PROXY_TARGET: server.url } });
    const { counties, statements } = instrumentIds();
    const results = [];
    for (let run = 1; run <= runs; run += 1) results.push(await syncOnce(browser, preview.url, server, `matning-${run}`, counties, statements));
    return results;
  } finally {
    preview?.stop();
    await server.stop();
  }
}
