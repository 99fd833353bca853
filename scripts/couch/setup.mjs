// `npm run couch:setup -- --url URL --admin NAME:PASSWORD --db NAME [--round ID] [--user NAME:PASSWORD:ROLE]…`:
// the team's database, its validation, its members, its users and its first round (team-database.mjs).
import { SetupError } from './couch-http.mjs';
import { parseSetupArgs } from './setup-args.mjs';
import { setupTeamDatabase } from './team-database.mjs';

try {
  const options = parseSetupArgs(process.argv.slice(2));
  await setupTeamDatabase(options, ({ what, outcome }) => console.log(`${what}: ${outcome}`));
  console.log(`Klart: ${options.db} på ${options.url} är teamets databas.`);
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  console.error(`Fel: ${error.message}`);
  process.exitCode = 1;
}
