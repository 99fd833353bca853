// How long a fresh browser takes to bring a full round from the team server, measured in the built
// app (not a test; figures only): a team database holds 21 counties × 32 statements × 4 score sets
// (three interviewers' and the agreed scores, 2,688 value documents); a browser with empty storage
// signs in at #/team, and the clock runs from "Anslut" until the header says "Synkroniserad" and
// the county list shows every county's agreed scores. Requests to the server are counted.
//
//   npm run build && npm run measure:browser-sync [-- --runs 3]
import { parseArgs } from 'node:util';
import { startDevServer } from '../couch/dev-server-process.mjs';
import { setupTeamDatabase } from '../couch/team-database.mjs';
import { launchChromium } from '../perf/browser.mjs';
import { freePort, startPreview } from '../perf/preview-server.mjs';
import { plainTable } from '../plain-table.mjs';
import { countyBatch, instrumentIds, ROUND } from './team-round.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const RATERS = ['r01', 'r02', 'r03'];
const COORDINATOR = 'sara';
const PASSWORD = 'mät-lösenord-1';

const server = await startDevServer({});
let preview;
let browser;
try {
  const admin = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  const { counties, statements } = instrumentIds();
  const users = [...RATERS.map((name) => ({ name, password: PASSWORD, role: 'intervjuare' })), { name: COORDINATOR, password: PASSWORD, role: 'samordnare' }];
  const rows = [['run', 'documents', 'seconds to "Synkroniserad"', 'requests to the server']];
  process.env.COUCH_PROXY_TARGET = server.url;
  preview = await startPreview(await freePort());
  browser = await launchChromium();
  for (let run = 1; run <= RUNS; run += 1) {
    const db = `matning-${run}`;
    await setupTeamDatabase({ url: server.url, admin: server.admin, db, round: ROUND, users });
    const docs = counties.flatMap((county) => [
      ...RATERS.flatMap((rater) => countyBatch(statements, county, rater)),
      ...countyBatch(statements, county, COORDINATOR, { agreed: true }),
    ]);
    const written = await fetch(`${server.url}/${db}/_bulk_docs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: admin },
      body: JSON.stringify({ docs }),
    });
    if (!written.ok) throw new Error(`_bulk_docs gav ${written.status}`);

    const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
    const page = await context.newPage();
    let requests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/couch/')) requests += 1;
    });
    await page.goto(`${preview.url}#/team`);
    await page.getByLabel('Databas').fill(db);
    await page.getByLabel('Användarnamn').fill(COORDINATOR);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    requests = 0;
    const started = performance.now();
    await page.getByRole('button', { name: 'Anslut' }).click();
    const status = page.getByRole('banner').getByRole('status', { name: 'Teamserver' });
    await status.getByText('Synkroniserad').waitFor({ timeout: 300_000 });
    await page.goto(`${preview.url}#/lan`);
    await page.getByRole('cell', { name: '32 av 32' }).nth(counties.length - 1).waitFor({ timeout: 300_000 });
    await status.getByText('Synkroniserad').waitFor({ timeout: 300_000 });
    const seconds = (performance.now() - started) / 1000;
    rows.push([String(run), String(docs.length), seconds.toFixed(1), String(requests)]);
    await context.close();
  }
  console.log(plainTable(rows));
} finally {
  await browser?.close();
  preview?.stop();
  await server.stop();
}
