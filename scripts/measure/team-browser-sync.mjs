// npm run measure:browser-sync: a full round from the team server into a fresh browser, several
// times (browser-sync.mjs says what is measured; `npm run perf` runs it once).
//
//   npm run build && npm run measure:browser-sync [-- --runs 3] [--port N: vite preview, N+1: pouchdb-server]
import { parseArgs } from 'node:util';
import { launchChromium } from '../perf/browser.mjs';
import { plainTable } from '../plain-table.mjs';
import { measureBrowserSync } from './browser-sync.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, port: { type: 'string' } } });
const port = values.port === undefined ? undefined : Number(values.port);

const browser = await launchChromium();
try {
  const results = await measureBrowserSync(browser, { runs: Number(values.runs), previewPort: port, couchPort: port === undefined ? undefined : port + 1 });
  const rows = [['run', 'documents', 'seconds to "Synkroniserad"', 'requests to the server']];
  results.forEach((result, i) => rows.push([String(i + 1), String(result.documents), result.seconds.toFixed(1), String(result.requests)]));
  console.log(plainTable(rows));
} finally {
  await browser.close();
}
