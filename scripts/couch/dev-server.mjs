// `npm run couch:dev`: a team server for development, pouchdb-server in memory on
// 127.0.0.1:5984 (COUCH_PORT for another port), admin admin/admin, until Ctrl+C.
import { startDevServer } from './dev-server-process.mjs';

const port = Number(process.env.COUCH_PORT ?? 5984);
// Listened for from the start, so a Ctrl+C while the server starts stops it once it has.
const stopAsked = new Promise((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});

let server;
try {
  server = await startDevServer({ port, logs: 'inherit' });
} catch (error) {
  console.error(`Teamservern kunde inte startas: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(
  [
    '',
    `Teamservern (pouchdb-server, i minnet) svarar på ${server.url}/ med administratören ${server.admin.name}/${server.admin.password}.`,
    'Allt den håller försvinner när den stoppas. Skapa teamets databas och användare med till exempel:',
    `  npm run couch:setup -- --url ${server.url} --admin ${server.admin.name}:${server.admin.password} --db lansinventering --round 2026 --user anna:anna:intervjuare --user sara:sara:samordnare`,
    'Stoppa med Ctrl+C.',
    '',
  ].join('\n'),
);
const ended = await Promise.race([stopAsked.then(() => null), server.exited.then((code) => ({ code }))]);
if (ended !== null) {
  console.error(`pouchdb-server stannade oväntat (${ended.code}).`);
  process.exit(1);
}
await server.stop();
console.log('Teamservern är stoppad.');
