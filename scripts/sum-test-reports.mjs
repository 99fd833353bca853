// Sums vitest's and Playwright's JSON reports (and the other checks' counts) into the one line
// CI reads: "N passed, N failed". A report that is missing or unreadable counts as one failure,
// so a runner that crashed before writing its report cannot pass unnoticed.
import { readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, otherPassed = '0', otherFailed = '0'] = process.argv.slice(2);
let passed = Number(otherPassed);
let failed = Number(otherFailed);

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`no readable report at ${path}`);
    failed += 1;
    return null;
  }
}

const vitest = read(vitestPath);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.success === false && !vitest.numFailedTests ? 1 : 0);
}

const playwright = read(playwrightPath);
if (playwright) {
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
