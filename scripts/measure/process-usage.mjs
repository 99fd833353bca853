// What the devices (this process) and the server (its own process) used: peak resident memory
// and CPU time.
import { readdirSync, readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in bytes (VmHWM is the peak resident size), or 0 when gone. */
function statusBytes(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** User and system CPU time of a process in ms (from /proc/<pid>/stat), or undefined when gone. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticksPerSecond = 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
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
 * part before), and each server process's peak and CPU time as the kernel keeps them. Call
 * `sample` before a server stops, so it is read while it still runs.
 */
export function processUsage() {
  let devicesCpuFrom = process.cpuUsage();
  const serverCpuFrom = new Map();
  let devices = 0;
  let server = 0;
  const serverCpu = new Map();
  const sample = () => {
    devices = Math.max(devices, process.memoryUsage().rss);
    for (const pid of serverCpu.keys()) {
      server = Math.max(server, statusBytes(pid, 'VmHWM'));
      serverCpu.set(pid, cpuMs(pid) ?? serverCpu.get(pid));
    }
  };
  return {
    sample,
    watchServer: (pid) => {
      if (pid === undefined) return;
      serverCpu.set(pid, 0);
      sample();
    },
    /** From now on CPU time counts: what the processes used before (start-up, setup) does not. */
    startCpuClock: () => {
      sample();
      devicesCpuFrom = process.cpuUsage();
      for (const [pid, ms] of serverCpu) serverCpuFrom.set(pid, ms);
    },
    peaks: () => ({ devices, server }),
    /** CPU time in ms since `startCpuClock`; a server started after it counts from its start. */
    cpu: () => {
      sample();
      const { user, system } = process.cpuUsage(devicesCpuFrom);
      const serverCpuMs = [...serverCpu].reduce((sum, [pid, ms]) => sum + ms - (serverCpuFrom.get(pid) ?? 0), 0);
      return { devicesCpuMs: (user + system) / 1000, serverCpuMs };
    },
  };
}
