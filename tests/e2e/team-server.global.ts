import { startDevServer } from '../../scripts/couch/dev-server-process.mjs';

/**
 * The team server of the browser tests: with COUCHDB_URL they run against that CouchDB (its admin
 * in COUCHDB_ADMIN, "name:password"); otherwise a pouchdb-server in memory is started for the run
 * on the port playwright.config.ts chose, and stopped after it.
 */
export default async function startTeamServer(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.COUCHDB_URL) return undefined;
  const port = Number(new URL(process.env.TEAM_SERVER_URL ?? '').port);
  const server = await startDevServer({ port });
  return () => server.stop();
}
