// Peak resident memory of this process (the team's devices) and of the server's process.
import { readdirSync, readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in bytes (VmRSS now, VmHWM the peak), or 0 where there is none. */
function statusBytes(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The process of the pouchdb-server listening on this port: the development server's module
 * does not say, so it is found by its command line.
 */
export function serverPidOnPort(port) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const at = args.indexOf('--port');
    if (args.some((arg) => arg.endsWith('pouchdb-server')) && at >= 0 && args[at + 1] === String(port)) return Number(entry);
  }
  return undefined;
}

/**
 * Samples at each call: this process's resident size (its own peak since start would include the
 * part before), and the server's peak as the kernel keeps it. Call `sample` before stopping a
 * server, so its peak is read while it still runs.
 */
export function memoryPeaks() {
  let devices = 0;
  let server = 0;
  let serverPid;
  const sample = () => {
    devices = Math.max(devices, process.memoryUsage().rss);
    if (serverPid !== undefined) server = Math.max(server, statusBytes(serverPid, 'VmHWM'));
  };
  return {
    sample,
    watchServer: (pid) => {
      serverPid = pid;
      sample();
    },
    peaks: () => ({ devices, server }),
  };
}
