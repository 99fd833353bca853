// The workspace every click measurement starts from: all 21 counties fully scored (seeded, so every
// run measures the same data), and in Jönköping the scores that make each measured click move one
// area to another level, so every click changes the scoring page and exactly one of Figur 1–6.
// For the reconciliation view the same file also carries three raters, done with Jönköping.
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

const RATERS = [
  { id: 'anna', name: 'Anna' },
  { id: 'bjorn', name: 'Björn' },
  { id: 'cecilia', name: 'Cecilia' },
];
/**
 * The raters' scores of the clicked statements, one per rater: on 3.1 they agree, so the reason
 * field below the agreed score comes and goes as the agreed score leaves and meets theirs; on 4.1
 * and 6.1 they differ (spread 1 and 2), so it stays. A click there redraws what reconciling does.
 */
const RATERS_ON_CLICKED = { '3.1': [2, 2, 2], '4.1': [1, 2, 2], '6.1': [0, 1, 2] };
/** How often a rater's score of another statement departs from the agreed one. */
const DEPARTS = 0.3;

/** The k-th click of a page's session: the statement and the score, always a different one than now. */
export function clickPlan(k) {
  return { statement: CLICKED[k % CLICKED.length], score: Math.floor(k / CLICKED.length) % 3 };
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Each rater's scores of the county: the agreed ones, some departing (seeded), the clicked ones set. */
function raterAssessments(round, agreed) {
  const random = seededRandom(2026);
  return RATERS.map((rater, index) => {
    const scores = Object.fromEntries(
      Object.entries(agreed).map(([id, score]) => [id, random() < DEPARTS ? (score + 1 + Math.floor(random() * 2)) % 3 : score]),
    );
    for (const [id, byRater] of Object.entries(RATERS_ON_CLICKED)) scores[id] = byRater[index];
    return { round, county: COUNTY.code, rater: rater.id, done: true, scores, notes: {} };
  });
}

/**
 * The workspace as a workspace file, version 2 (docs/file-formats.md), ready for the Data page's
 * import. Its one round is the round a fresh browser starts with (the current year, the rule's
 * current revision), so the import fills that round and every page shows it. `raters` adds the
 * three raters and their scores of the measured county.
 */
export function scoredWorkspaceFile({ raters = false } = {}) {
  const criteria = readJson('criteria/bilaga1.json');
  const { counties } = readJson('criteria/counties.json');
  const statementIds = criteria.areas.flatMap((area) => area.groups.flatMap((group) => group.statements.map((s) => s.id)));
  const year = String(new Date().getFullYear());
  const round = { id: year, name: year, period: year, criteria: criteria.id, ruleRevision: criteria.revision };
  const random = seededRandom(2016);
  const agreed = counties.map(({ code }) => {
    const scores = Object.fromEntries(statementIds.map((id) => [id, Math.floor(random() * 3)]));
    if (code === COUNTY.code) for (const id of HELD_AT_TWO) scores[id] = 2;
    return { round: round.id, county: code, scores, notes: {} };
  });
  const measured = agreed.find((assessment) => assessment.county === COUNTY.code);
  const file = {
    format: 'lansinventering-scores',
    version: 2,
    criteria: criteria.id,
    exportedAt: `${year}-03-31T12:00:00.000Z`,
    rounds: [round],
    raters: raters ? RATERS : [],
    assessments: [...agreed, ...(raters && measured ? raterAssessments(round.id, measured.scores) : [])],
    groupLevels: [],
  };
  return { name: raters ? 'perf-workspace-raters.json' : 'perf-workspace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}
