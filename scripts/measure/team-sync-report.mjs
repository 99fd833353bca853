// The figures of both parts as plain tables, and one summary line per part.
import { cpus, loadavg } from 'node:os';
import { plainTable } from '../plain-table.mjs';

const seconds = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes) => (bytes ? `${Math.round(bytes / 1e6)} MB` : '–');
const count = (value) => (value === undefined ? '–' : value.toLocaleString('en-US'));

function figureRows(parts) {
  return [
    ['', ...parts.map(([name]) => name)],
    ['replicas (devices + server)', ...parts.map(([, part]) => count(part.replicas))],
    ['value documents', ...parts.map(([, part]) => count(part.docs))],
    ['all written on the devices after', ...parts.map(([, part]) => seconds(part.writtenMs))],
    ['server documents when stopped', ...parts.map(([, part]) => count(part.heldAtStop))],
    ['server documents after restart', ...parts.map(([, part]) => count(part.heldAfterRestart))],
    ['server away for', ...parts.map(([, part]) => seconds(part.downMs))],
    ['every device answered again, after the restart', ...parts.map(([, part]) => seconds(part.reconnectMs))],
    ['all agree, from the first write', ...parts.map(([, part]) => seconds(part.agreeMs))],
    ['all agree, from the restart', ...parts.map(([, part]) => seconds(part.agreeAfterRestartMs))],
    ['requests to the server', ...parts.map(([, part]) => count(part.requests))],
    ['  of which found no server', ...parts.map(([, part]) => count(part.unanswered))],
    ['  of those, rejections PouchDB left unhandled', ...parts.map(([, part]) => count(part.unhandled))],
    ['CPU time until agreed, devices (this process)', ...parts.map(([, part]) => seconds(part.devicesCpuMs))],
    ['CPU time until agreed, server', ...parts.map(([, part]) => seconds(part.serverCpuMs))],
    ['peak RSS, devices (this process)', ...parts.map(([, part]) => megabytes(part.devices))],
    ['peak RSS, server', ...parts.map(([, part]) => megabytes(part.server))],
  ];
}

function requestRows(parts) {
  const kinds = [...new Set(parts.flatMap(([, part]) => [...part.requestsByKind.keys()]))];
  return [['requests by kind', ...parts.map(([name]) => name)], ...kinds.map((kind) => [kind, ...parts.map(([, part]) => count(part.requestsByKind.get(kind) ?? 0))])];
}

function summary(name, part) {
  const verdict = part.checks.length === 0 ? 'all checks passed' : `${part.checks.length} checks FAILED`;
  const restart = part.agreeAfterRestartMs === undefined ? '' : ` (${seconds(part.agreeAfterRestartMs)} after the restart)`;
  const agreed = part.agreeMs === undefined ? 'did not agree' : `agree ${seconds(part.agreeMs)} after the first write${restart}`;
  return `${name}: ${part.replicas} replicas, ${count(part.docs)} value documents: ${agreed}, ${count(part.requests)} requests; ${verdict}`;
}

/** parts: [name, figures] of each part measured. */
export function printFigures({ raters, batchSize }, parts) {
  const [load1, load5] = loadavg();
  console.log(`\nTeam server sync: ${raters} interviewers and a coordinator, each a full round; batches of ${batchSize ?? '100 (PouchDB\'s default)'}; ${cpus().length} CPUs, load ${load1.toFixed(2)} / ${load5.toFixed(2)} (1 / 5 min)\n`);
  console.log(plainTable(figureRows(parts)));
  console.log('');
  console.log(plainTable(requestRows(parts)));
  for (const [name, part] of parts) {
    const causes = [...part.unansweredByCause].map(([cause, times]) => `${cause} ×${times}`);
    if (causes.length > 0) console.log(`Requests with no answer (${name}), by cause: ${causes.join(', ')}`);
  }
  for (const [name, part] of parts) for (const failure of part.checks) console.log(`FAILED (${name}): ${failure}`);
  console.log('');
  for (const [name, part] of parts) console.log(summary(name, part));
}
