// pouchdb-server in memory, standing in for a team's CouchDB in development and in the server's
// tests: started in a temporary folder (it writes config.json and log.txt where it runs), on a
// port nobody else listens on, with the admin admin/admin; stopped with its folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POUCHDB_SERVER = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
const VALIDATION_FIX = new URL('./pouchdb-validation-fix.mjs', import.meta.url).href;
const HOST = '127.0.0.1';
const READY_WITHIN_MS = 30_000;

export const DEV_ADMIN = { name: 'admin', password: 'admin' };

/** The app's own origins in development: `npm run dev` and `npm run preview`. */
const LOCAL_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173'];

/** The port asked for when it is free (an error when it is not), or one the system hands out. */
async function freePort(wanted) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(error.code === 'EADDRINUSE' ? new Error(`Porten ${wanted} används redan av ett annat program.`) : error));
    probe.listen(wanted ?? 0, HOST, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : wanted));
    });
  });
}

async function waitUntilServing(url, hasExited, output) {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`pouchdb-server stannade innan den svarade:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pouchdb-server svarade inte på ${url} inom ${READY_WITHIN_MS / 1000} s:\n${output()}`);
}

async function putConfig(url, path, value, auth) {
  const response = await fetch(`${url}/_config/${path}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
    body: JSON.stringify(value),
  });
  if (!response.ok) throw new Error(`PUT /_config/${path} gav ${response.status}: ${await response.text()}`);
}

/**
 * Starts pouchdb-server and resolves once it answers, with its admin made and CORS with
 * credentials opened to `origins`. `logs: 'inherit'` shows its request log.
 */
export async function startDevServer({ port, origins = LOCAL_ORIGINS, logs = 'ignore' } = {}) {
  const chosen = await freePort(port);
  const folder = mkdtempSync(join(tmpdir(), 'pouchdb-server-'));
  const child = spawn(process.execPath, ['--import', VALIDATION_FIX, POUCHDB_SERVER, '--in-memory', '--port', String(chosen), '--host', HOST], {
    cwd: folder,
    // A group of its own, so a Ctrl+C in the terminal reaches the parent only, which stops it.
    detached: true,
    stdio: ['ignore', logs === 'inherit' ? 'inherit' : 'pipe', logs === 'inherit' ? 'inherit' : 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  let exitCode;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exitCode = code ?? signal))));
  // A parent that ends without stopping it (an error, a test run cut short) takes it along.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  async function stop() {
    process.removeListener('exit', killOnExit);
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(folder, { recursive: true, force: true });
  }

  const url = `http://${HOST}:${chosen}`;
  try {
    await waitUntilServing(url, () => exitCode !== undefined, () => output);
    // Before an admin exists every request is an admin's ("admin party"): the first one makes it.
    await putConfig(url, `admins/${DEV_ADMIN.name}`, DEV_ADMIN.password);
    const auth = `Basic ${Buffer.from(`${DEV_ADMIN.name}:${DEV_ADMIN.password}`).toString('base64')}`;
    await putConfig(url, 'httpd/enable_cors', 'true', auth);
    await putConfig(url, 'cors/credentials', 'true', auth);
    // pouchdb-server splits the list at ", ", as CouchDB reads it.
    await putConfig(url, 'cors/origins', origins.join(', '), auth);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, admin: DEV_ADMIN, exited, stop };
}
