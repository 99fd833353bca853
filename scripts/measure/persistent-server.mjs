// A pouchdb-server that keeps its databases in a directory (leveldb), so that a restart finds
// what it had, as CouchDB does; `npm run couch:dev` (scripts/couch/dev-server-process.mjs) keeps
// everything in memory, which a restart would empty. Otherwise started as that one is: the same
// admin, and the fix that keeps a replicated update's history (docs/deployment.md).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { DEV_ADMIN } from '../couch/dev-server-process.mjs';

const POUCHDB_SERVER = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
const VALIDATION_FIX = new URL('../couch/pouchdb-validation-fix.mjs', import.meta.url).href;

async function waitUntilServing(url, exited, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('pouchdb-server stopped before it answered');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`pouchdb-server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Makes the admin on a server that has none yet; one that has it answers 401 and is left so. */
async function makeAdmin(url) {
  const response = await fetch(`${url}/_config/admins/${DEV_ADMIN.name}`, { method: 'PUT', body: JSON.stringify(DEV_ADMIN.password) });
  if (!response.ok && response.status !== 401) throw new Error(`the admin could not be made: ${response.status} ${await response.text()}`);
}

/**
 * Starts pouchdb-server on 127.0.0.1:port with its databases in `dir` and its config.json and
 * log in `home` (it writes them where it runs): started again with the same two, it has the same
 * admin, users and data. The caller removes both directories.
 */
export async function startPersistentServer({ port, dir, home }) {
  const args = ['--import', VALIDATION_FIX, POUCHDB_SERVER, '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs', '--dir', resolve(dir)];
  const child = spawn(process.execPath, args, { cwd: home, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  let exited = false;
  const gone = new Promise((settle) =>
    child.once('exit', (code, signal) => {
      exited = true;
      settle(signal ?? code);
    }),
  );
  const kill = () => exited || child.kill('SIGKILL');
  process.once('exit', kill);

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${url}/`, () => exited);
    await makeAdmin(url);
  } catch (error) {
    kill();
    throw new Error(`${error.message}\n${errors}`);
  }
  return {
    url,
    pid: child.pid,
    /** Settles with the exit code (or signal) when the server stops, asked to or not. */
    exited: gone,
    /** Ends the process as a crash would (SIGTERM, no goodbye) and waits until it is gone. */
    stop: async () => {
      process.removeListener('exit', kill);
      if (!exited) child.kill('SIGTERM');
      await gone;
    },
  };
}
