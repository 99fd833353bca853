// Prints what a first visit to each route downloads against the budget per route. Needs
// `npm run build` first; serves dist/ itself. Only reports: `npm run size:check` decides.
import { plainTable } from '../plain-table.mjs';
import { measureRoutes } from './measure-routes.mjs';
import { routeTable, teamLinkLine } from './route-budget.mjs';
import { ROUTES } from './routes.mjs';

const port = process.env.SIZE_PORT ? Number(process.env.SIZE_PORT) : undefined;
const results = await measureRoutes(ROUTES, { port });
console.log('\nJavaScript a first visit downloads, per route (service worker blocked, gzip -9)\n');
console.log(plainTable(routeTable(results)));
console.log(`\n${teamLinkLine(results, 'dist').text}\n`);
