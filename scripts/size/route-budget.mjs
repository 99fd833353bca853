// The budget for what a first visit to one route downloads (docs/performance.md, "JavaScript per
// route"): gzip -9 of every JavaScript file the page fetched, the service worker blocked.
import { readdirSync } from 'node:fs';

export const ROUTE_BUDGET = 200_000;

/**
 * A route over budget, with the size it may not grow beyond until it is met: the routes with
 * charts. React (67.3 kB) and recharts with the bar chart (93.5 kB with only the scales it uses)
 * leave 39 kB of the 200 for the app, and the smallest route, the county list, needs 52 kB of the
 * app beside React (docs/performance.md, "JavaScript per route"). Set at their sizes on
 * 1 December 2026, after the county page, the data and team pages' texts and all but three of
 * d3's scales left these routes (#/figurer 256.8 → 228.7 kB).
 */
export const ROUTE_CEILINGS = {
  '#/figurer': 229_000,
  '#/jamfor/lan': 224_500,
  '#/forandring': 236_000,
  '#/rapport': 242_000,
};

/** The file that holds PouchDB and the team server's link; no route may fetch it without a server. */
export const TEAM_LINK_CHUNK = /\/team-link-[\w-]+\.js$/;

/** Whether the build has that file at all: if it were renamed, "not fetched" would prove nothing. */
export function buildHasTeamLink(dist) {
  return readdirSync(`${dist}/assets`).some((name) => TEAM_LINK_CHUNK.test(`/assets/${name}`));
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** "ok", or how far over the budget and whether within the route's ceiling. */
export function routeVerdict({ route, gzip, files }) {
  if (files.some((file) => TEAM_LINK_CHUNK.test(file.path))) return 'FETCHES THE TEAM LINK without a server';
  if (gzip <= ROUTE_BUDGET) return 'ok';
  const ceiling = ROUTE_CEILINGS[route];
  if (ceiling === undefined) return 'OVER BUDGET';
  return gzip <= ceiling ? `over budget, within the ceiling of ${kB(ceiling)}` : `OVER THE CEILING of ${kB(ceiling)}`;
}

/** Whether CI lets a verdict pass: met, or not met yet and within its ceiling. */
export function isAccepted(verdict) {
  return verdict === 'ok' || verdict.startsWith('over budget, within');
}

/** The line on team mode's code: in the build under its name, and fetched by no route. */
export function teamLinkLine(results, dist) {
  const fetchedBy = results.filter((result) => result.files.some((file) => TEAM_LINK_CHUNK.test(file.path))).map((result) => result.route);
  const verdict = !buildHasTeamLink(dist)
    ? 'NOT FOUND in the build under its name: the routes above prove nothing about it'
    : fetchedBy.length > 0
      ? `FETCHED by ${fetchedBy.join(', ')}`
      : 'ok';
  return { ok: verdict === 'ok', text: `Team mode's code (PouchDB, team-link-*.js) with no team server set up, fetched by no route: ${verdict}` };
}

/** The measured routes as a table with their verdicts. */
export function routeTable(results) {
  const rows = [['route', 'JavaScript, gzip', 'files', `budget ${kB(ROUTE_BUDGET)}`]];
  for (const result of results) rows.push([result.route, kB(result.gzip), String(result.files.length), routeVerdict(result)]);
  return rows;
}
