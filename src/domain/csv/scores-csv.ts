import { parseCsv, toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { Instrument } from '../criteria/instrument';
import { fail, ok, type Result } from '../problems';
import { compareRounds } from '../rounds/round';
import { AGREED } from '../workspace/changes';
import { markRatersDone, type Incoming } from '../workspace/import-plan';
import { EMPTY_WORKSPACE, orphanRounds, ratersOf, roundRecordOf, type Sheet, type Workspace } from '../workspace/workspace';
import { csvFaultProblem, isBlank } from './csv-cells';
import { raterCell, raterLookup } from './csv-raters';
import { isScoresV1Header, readScoresV1, SCORES_CSV_V1_HEADER } from './scores-csv-v1';
import { isScoresV2Header, readScoresV2, SCORES_CSV_HEADER } from './scores-csv-v2';
import { isScoresWideHeader, readScoresWide, SCORES_WIDE_FIXED_HEADER } from './scores-wide-csv';

/**
 * Every score and note of the workspace as a spreadsheet in long form, version 2: one row per
 * round, hand, county and statement with a score or a note. Rounds by period; in each, the agreed
 * scores (an empty `bedomare`) first, then the raters by name; counties in county-list order,
 * statements in instrument order. A rater is written by name, as people know them.
 */
export function toScoresCsv(workspace: Workspace, instrument: Instrument, delimiter: CsvDelimiter = ';'): string {
  const rows: string[][] = [[...SCORES_CSV_HEADER]];
  const lookup = raterLookup(workspace);
  for (const round of roundIdsInOrder(workspace)) {
    const record = roundRecordOf(workspace, round);
    for (const hand of [AGREED, ...raterIdsInOrder(workspace, Object.keys(record.raters))]) {
      const sheet: Sheet = hand === AGREED ? record.agreed : (record.raters[hand] ?? {});
      const handCell = hand === AGREED ? '' : raterCell(hand, workspace, lookup);
      for (const { code } of instrument.counties) {
        const assessment = sheet[code];
        if (!assessment) continue;
        for (const { id } of instrument.statements) {
          const score = assessment.scores[id];
          const note = assessment.notes[id] ?? '';
          if (score === undefined && note.trim() === '') continue;
          rows.push([round, code, handCell, id, score === undefined ? '' : String(score), note.trim() === '' ? '' : note]);
        }
      }
    }
  }
  return toCsvText(rows, delimiter);
}

/** Rounds with details by period, then rounds that only hold data (their details deleted elsewhere) by id. */
export function roundIdsInOrder(workspace: Workspace): string[] {
  const named = Object.entries(workspace.rounds)
    .map(([id, details]) => ({ id, ...details }))
    .sort(compareRounds)
    .map((round) => round.id);
  return [...named, ...orphanRounds(workspace).sort()];
}

/** The raters among `ids` by name, then those without details by id. */
function raterIdsInOrder(workspace: Workspace, ids: readonly string[]): string[] {
  const present = new Set(ids);
  const named = ratersOf(workspace).map((rater) => rater.id).filter((id) => present.has(id));
  return [...named, ...ids.filter((id) => workspace.raters[id] === undefined).sort()];
}

/**
 * Reads scores as CSV in any form the app has written, told apart by the header row: the long
 * form of version 2 (`omgang;lan;bedomare;pastaende;poang;anteckning`: rounds and raters), the
 * long form of version 1 (`lan;pastaende;poang;anteckning`) or the wide form (`lan;namn;1.1;…`).
 * The last two hold one round's agreed scores, read into the round the user picks. A `bedomare`
 * is matched to a rater of `current`; a round or rater it lacks is created (a round's period from
 * `today` when its id is no year). All or nothing: every problem in the file is reported at once,
 * each with its row (the header is rad 1) and column.
 */
export function parseScoresCsv(text: string, instrument: Instrument, current: Workspace, today: Date): Result<Incoming> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail([csvFaultProblem(parsed.fault)]);
  const { delimiter, rows } = parsed;
  // Nothing in the file names a round, so nothing is replaced even when the user chooses to replace.
  if (rows.every(isBlank)) return ok({ kind: 'rounds', workspace: EMPTY_WORKSPACE });
  const header = rows[0] ?? [];
  if (isScoresV2Header(header)) {
    const read = readScoresV2(rows, instrument, current, today);
    // A CSV has no done marks: its raters' scores count as done, as the raters scored them elsewhere.
    return read.ok ? ok({ kind: 'rounds', workspace: markRatersDone(read.value) }) : read;
  }
  const oneRound = isScoresV1Header(header) ? readScoresV1(rows, instrument) : isScoresWideHeader(header) ? readScoresWide(rows, instrument) : null;
  if (oneRound) return oneRound.ok ? ok({ kind: 'one-round', scores: oneRound.value }) : oneRound;
  const long = SCORES_CSV_HEADER.join(delimiter);
  const v1 = SCORES_CSV_V1_HEADER.join(delimiter);
  const wide = [...SCORES_WIDE_FIXED_HEADER, ...instrument.statements.slice(0, 2).map(({ id }) => id), '…'].join(delimiter);
  const message =
    `första raden ska vara rubrikerna ${long} (en rad per omgång, bedömare, län och påstående), ` +
    `${v1} (en rad per län och påstående) eller ${wide} (en rad per län)`;
  return fail([{ path: 'rad 1', message }]);
}
