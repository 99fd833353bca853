// The command line of `npm run couch:setup`, read into the setup's options; a mistake in it is a
// SetupError that says what is wrong, before anything is sent to a server.
import { parseArgs } from 'node:util';
import { SetupError } from './couch-http.mjs';

export const TEAM_ROLES = ['intervjuare', 'samordnare', 'lasare'];
/** In team mode a rater's id is the user's name, so a user name is a rater id. */
const USER_NAME = /^[a-z0-9-]{1,32}$/;
/** CouchDB's rule for a database name. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
/** The app's rule for a round id (src/domain/rounds/round.ts). */
const ROUND_ID = /^[A-Za-z0-9_-]{1,32}$/;

export const USAGE = `Användning: npm run couch:setup -- --url URL --admin NAMN:LÖSENORD --db DATABAS [--round OMGÅNG] [--user NAMN:LÖSENORD:ROLL]…
  --url     serverns adress, till exempel http://127.0.0.1:5984
  --admin   en serveradministratör
  --db      teamets databas, till exempel lansinventering
  --round   skriver omgången (till exempel 2026) om databasen saknar den
  --user    skapar eller uppdaterar en användare; ROLL är ${TEAM_ROLES.join(', ')}`;

function pairOf(text, what) {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) throw new SetupError(`${what} ska skrivas NAMN:LÖSENORD, fick "${text}".`);
  return { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** NAME:PASSWORD:ROLE; the password may hold colons. */
function userOf(text) {
  const first = text.indexOf(':');
  const last = text.lastIndexOf(':');
  if (first <= 0 || last === first) throw new SetupError(`--user ska skrivas NAMN:LÖSENORD:ROLL, fick "${text}".`);
  const name = text.slice(0, first);
  const password = text.slice(first + 1, last);
  const role = text.slice(last + 1);
  if (!USER_NAME.test(name)) throw new SetupError(`Användarnamnet "${name}" duger inte: det ska vara 1–32 tecken av a–z, siffror och bindestreck.`);
  if (password === '') throw new SetupError(`Användaren ${name} saknar lösenord.`);
  if (!TEAM_ROLES.includes(role)) throw new SetupError(`Rollen "${role}" för ${name} finns inte: välj ${TEAM_ROLES.join(', ')}.`);
  return { name, password, role };
}

export function parseSetupArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { url: { type: 'string' }, admin: { type: 'string' }, db: { type: 'string' }, round: { type: 'string' }, user: { type: 'string', multiple: true } },
    }));
  } catch (error) {
    throw new SetupError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const missing = ['url', 'admin', 'db'].filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new SetupError(`${missing.map((name) => `--${name}`).join(', ')} saknas.\n${USAGE}`);
  if (!/^https?:\/\/[^/]/.test(values.url)) throw new SetupError(`--url ska vara en adress som börjar med http:// eller https://, fick "${values.url}".`);
  if (!DATABASE_NAME.test(values.db)) throw new SetupError(`Databasnamnet "${values.db}" duger inte: det ska börja med a–z och innehålla a–z, siffror och _$()+-/.`);
  if (values.round !== undefined && !ROUND_ID.test(values.round)) {
    throw new SetupError(`Omgången "${values.round}" duger inte: den ska vara 1–32 tecken av bokstäverna a–z och A–Z, siffror, bindestreck eller understreck.`);
  }
  const users = (values.user ?? []).map(userOf);
  return { url: values.url, admin: pairOf(values.admin, '--admin'), db: values.db, ...(values.round === undefined ? {} : { round: values.round }), users };
}
