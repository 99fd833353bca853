import type { Instrument } from '../../src/domain/criteria/instrument';
import { parseScoresCsv } from '../../src/domain/csv/scores-csv';
import type { Result } from '../../src/domain/problems';
import type { Score } from '../../src/domain/score';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';

/** The day the tests import on: a round named by an id that is no year covers 2026. */
const IMPORT_DAY = new Date(2026, 10, 25, 12);

/** Reads a scores CSV as the import does, into `current` (an empty workspace unless given). */
export function readScoresCsv(text: string, instrument: Instrument, current: Workspace = EMPTY_WORKSPACE) {
  return parseScoresCsv(text, instrument, current, IMPORT_DAY);
}

/** Reads a file of one round's agreed scores (the wide form, the long form of version 1), failing on a file with rounds. */
export function readOneRound(text: string, instrument: Instrument): Result<RoundScores> {
  const result = readScoresCsv(text, instrument);
  if (!result.ok) return result;
  if (result.value.kind !== 'one-round') throw new Error('the file was read as rounds, not as one round');
  return { ok: true, value: result.value.scores };
}

/** The round's scores with one more score. */
export function withScore(scores: RoundScores, county: string, statement: string, score: Score): RoundScores {
  const entry = scores.assessments[county] ?? { scores: {}, notes: {} };
  return { assessments: { ...scores.assessments, [county]: { ...entry, scores: { ...entry.scores, [statement]: score } } } };
}

/** The round's scores with one more note. */
export function withNote(scores: RoundScores, county: string, statement: string, note: string): RoundScores {
  const entry = scores.assessments[county] ?? { scores: {}, notes: {} };
  return { assessments: { ...scores.assessments, [county]: { ...entry, notes: { ...entry.notes, [statement]: note } } } };
}

/** Per round, the agreed scores and notes and each rater's: what the long form carries. */
export function dataOf(workspace: Workspace) {
  return Object.fromEntries(Object.entries(workspace.data).map(([round, record]) => [round, { agreed: record.agreed, raters: record.raters }]));
}
