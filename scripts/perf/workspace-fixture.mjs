// The workspace every click measurement starts from: all 21 counties fully scored (seeded, so every
// run measures the same data), and in Jönköping the scores that make each measured click move one
// area to another level, so every click changes the scoring page and exactly one of Figur 1–6.
import { readFileSync } from 'node:fs';
import { seededRandom } from '../seeded-random.mjs';

export const COUNTY = { code: '06', name: 'Jönköping' };

/**
 * The statements the clicks cycle through, and the scores around them: with 3.2 and 3.3 at 2,
 * 3.1 = 0, 1, 2 gives area 3 the levels 0, 1, 2; likewise 4.1 with 4.2 at 2, and 6.1 with 6.2–6.4
 * at 2 (docs/rating-rule.md).
 */
const CLICKED = ['3.1', '4.1', '6.1'];
const HELD_AT_TWO = ['3.1', '3.2', '3.3', '4.1', '4.2', '6.1', '6.2', '6.3', '6.4'];

/** The k-th click of a page's session: the statement and the score, always a different one than now. */
export function clickPlan(k) {
  return { statement: CLICKED[k % CLICKED.length], score: Math.floor(k / CLICKED.length) % 3 };
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The workspace as a scores file (docs/file-formats.md), ready for the Data page's import. */
export function scoredWorkspaceFile() {
  const criteria = readJson('criteria/bilaga1.json');
  const { counties } = readJson('criteria/counties.json');
  const statementIds = criteria.areas.flatMap((area) => area.groups.flatMap((group) => group.statements.map((s) => s.id)));
  const random = seededRandom(2016);
  const assessments = counties.map(({ code }) => {
    const scores = Object.fromEntries(statementIds.map((id) => [id, Math.floor(random() * 3)]));
    if (code === COUNTY.code) for (const id of HELD_AT_TWO) scores[id] = 2;
    return { county: code, scores, notes: {} };
  });
  const file = { format: 'lansinventering-scores', version: 1, criteria: criteria.id, exportedAt: '2016-03-31T12:00:00.000Z', assessments };
  return { name: 'perf-workspace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}
