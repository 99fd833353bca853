// Runs `npm audit --omit=dev --audit-level=high` and tells its two failures apart: advisories
// found (exit 1) and an advisory service that cannot be reached from this machine (exit 2), which
// says nothing about the dependencies and must not pass as "no vulnerabilities".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.log(`npm audit gave no readable answer:\n${run.stdout}${run.stderr}`);
  process.exit(2);
}
if (report.statusCode || (report.message && !report.metadata)) {
  console.log(`npm audit: the advisory service could not be reached (${report.statusCode ?? ''} ${report.message ?? ''}); nothing was checked.`);
  process.exit(2);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
process.exit(serious > 0 ? 1 : 0);
