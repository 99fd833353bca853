// Starts `vite preview` on the built app and stops it again, whatever happens in between: the
// server runs in its own process group, which is killed on the way out, on Ctrl+C and on errors.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody listens on now: the one asked for, or one the system hands out. */
export async function freePort(wanted) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(wanted ?? 0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : wanted));
    });
  });
}

async function waitUntilServing(url, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('vite preview stopped before it served the app');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Serves dist/ on 127.0.0.1:port; `stop()` may be called any number of times. `env` is added to
 * the server's environment (COUCH_PROXY_TARGET for the team server's proxy).
 */
export async function startPreview(port, { timeoutMs = 30_000, env = {} } = {}) {
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const stopOnExit = () => stop();
  process.once('exit', stopOnExit);

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(url, timeoutMs, () => exited);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n${output}`);
  }
  return {
    url,
    stop: () => {
      process.removeListener('exit', stopOnExit);
      stop();
    },
  };
}
