import { expect, test } from 'vitest';
import { SetupError } from '../../scripts/couch/couch-http.mjs';
import { parseSetupArgs, TEAM_ROLES } from '../../scripts/couch/setup-args.mjs';
import { TEAM_ROLES as APP_ROLES } from '../../src/domain/team/team-role';

// `npm run couch:setup` reads its command line before it sends anything to a server: a mistake
// stops it with a Swedish message that names what is wrong.

const BASE = ['--url', 'http://127.0.0.1:5984', '--admin', 'admin:hemligt', '--db', 'lansinventering'];

test('the roles the setup gives users are the roles the app knows', () => {
  expect(TEAM_ROLES).toEqual(APP_ROLES);
});

test('a full command line is read into the server, the admin, the database, the round and the users', () => {
  expect(parseSetupArgs([...BASE, '--round', '2026', '--user', 'anna:lösen:ord:intervjuare', '--user', 'sara:s:samordnare'])).toEqual({
    url: 'http://127.0.0.1:5984',
    admin: { name: 'admin', password: 'hemligt' },
    db: 'lansinventering',
    round: '2026',
    users: [
      { name: 'anna', password: 'lösen:ord', role: 'intervjuare' },
      { name: 'sara', password: 's', role: 'samordnare' },
    ],
  });
});

test.each([
  ['the database is not named', ['--url', 'http://127.0.0.1:5984', '--admin', 'admin:x'], '--db saknas'],
  ['the address is not one', [...BASE.slice(2), '--url', '127.0.0.1:5984'], '--url ska vara en adress'],
  ['the admin has no password', ['--url', 'http://h', '--admin', 'admin', '--db', 'x'], '--admin ska skrivas NAMN:LÖSENORD'],
  ['a user name has capitals', [...BASE, '--user', 'Anna:x:intervjuare'], 'Användarnamnet "Anna" duger inte'],
  ['a user name is longer than 32 characters', [...BASE, '--user', `${'a'.repeat(33)}:x:intervjuare`], 'duger inte: det ska vara 1–32 tecken'],
  ['a role is not a team role', [...BASE, '--user', 'anna:x:chef'], 'Rollen "chef" för anna finns inte: välj intervjuare, samordnare, lasare'],
  ['a user has no role', [...BASE, '--user', 'anna:x'], '--user ska skrivas NAMN:LÖSENORD:ROLL'],
  ['a user has an empty password', [...BASE, '--user', 'anna::lasare'], 'Användaren anna saknar lösenord'],
  ['the round id has a space', [...BASE, '--round', '2026 vår'], 'Omgången "2026 vår" duger inte'],
  ['the database name begins with a capital', ['--url', 'http://h', '--admin', 'a:b', '--db', 'Team'], 'Databasnamnet "Team" duger inte'],
  ['an option is unknown', [...BASE, '--anvandare', 'anna'], 'Användning: npm run couch:setup'],
])('the setup stops before it starts when %s', (_what, argv, message) => {
  expect(() => parseSetupArgs(argv)).toThrow(SetupError);
  expect(() => parseSetupArgs(argv)).toThrow(message);
});
