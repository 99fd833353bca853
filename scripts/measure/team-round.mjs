// What a team writes in one round, as the app would write it: one value document per score, shaped
// as `toValueDoc` in src/domain/team/value-doc.ts shapes it (the server's validate_doc_update checks
// the shape, so a document that drifted from it is refused and the measurement fails).
import { readFileSync } from 'node:fs';
import { seededRandom } from '../seeded-random.mjs';

export const ROUND = '2026';
/** The rater id of the agreed scores (AGREED in src/domain/workspace/changes.ts). */
const AGREED = '';

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** County codes and statement ids, from the files the app reads them from. */
export function instrumentIds() {
  const criteria = readJson('criteria/bilaga1.json');
  const { counties } = readJson('criteria/counties.json');
  return {
    counties: counties.map((county) => county.code),
    statements: criteria.areas.flatMap((area) => area.groups.flatMap((group) => group.statements.map((statement) => statement.id))),
  };
}

/** `R/rater/county/statement/score`, as `changeKey` names a score. */
function scoreKey(change) {
  return `${change.round}/${change.rater}/${change.county}/${change.statement}/${change.field}`;
}

function valueDoc(change, at, tab, by) {
  return { _id: `v:${scoreKey(change)}`, type: 'value', version: 1, change, at, tab, by };
}

function seedOf(text) {
  return [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
}

/**
 * The scores one user writes for one county, in one batch as the scoring page saves them: an
 * interviewer under their own name, the coordinator under the agreed scores' id. The values are
 * seeded by user and county, so every run writes the same; the stamp is the time of the call.
 */
export function countyBatch(statements, county, user, { agreed = false } = {}) {
  const random = seededRandom(seedOf(`${user}/${county}`));
  const rater = agreed ? AGREED : user;
  const at = Date.now();
  return statements.map((statement) => {
    const change = { field: 'score', round: ROUND, rater, county, statement, value: Math.floor(random() * 3) };
    return valueDoc(change, at, `tab-${user}`, user);
  });
}
