import { parseCsv, restoreFormula, toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { Instrument } from '../criteria/instrument';
import { fail, ok, type Problem, type Result } from '../problems';
import type { Score } from '../score';
import type { RoundScores } from '../workspace/assessment';
import { at, countyLookup, csvFaultProblem, headerCell, isBlank, readScoreCell, SCORE_MESSAGE } from './csv-cells';
import { isScoresWideHeader, readScoresWide, SCORES_WIDE_FIXED_HEADER } from './scores-wide-csv';

/**
 * Scores as a spreadsheet in long form, one row per county and statement. This exact header is
 * version 1 of the format; a later version would change the header, so the header is checked.
 */
export const SCORES_CSV_HEADER = ['lan', 'pastaende', 'poang', 'anteckning'] as const;

type Column = (typeof SCORES_CSV_HEADER)[number];
type MutableAssessment = { scores: Record<string, Score>; notes: Record<string, string> };
type Entry = { county: string; statement: string; score: Score | undefined; note: string | undefined };

/** Rows in county-list order, then instrument order; only statements with a score or a note. */
export function toScoresCsv(workspace: RoundScores, instrument: Instrument, delimiter: CsvDelimiter = ';'): string {
  const rows: string[][] = [[...SCORES_CSV_HEADER]];
  for (const { code } of instrument.counties) {
    const assessment = workspace.assessments[code];
    if (!assessment) continue;
    for (const { id } of instrument.statements) {
      const score = assessment.scores[id];
      const note = assessment.notes[id] ?? '';
      if (score === undefined && note.trim() === '') continue;
      rows.push([code, id, score === undefined ? '' : String(score), note.trim() === '' ? '' : note]);
    }
  }
  return toCsvText(rows, delimiter);
}

/**
 * Reads scores as CSV in either form, told apart by the header row: the long form
 * (`lan;pastaende;poang;anteckning`) or the wide form (`lan;namn;1.1;1.2;…`). All or nothing:
 * every problem in the file is reported at once, each with its row (the header is rad 1) and column.
 */
export function parseScoresCsv(text: string, instrument: Instrument): Result<RoundScores> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail([csvFaultProblem(parsed.fault)]);
  const { delimiter, rows } = parsed;
  if (rows.every(isBlank)) return ok({ assessments: {} });
  const header = rows[0] ?? [];
  if (isLongHeader(header)) return readScoresLong(rows, instrument);
  if (isScoresWideHeader(header)) return readScoresWide(rows, instrument);
  const long = SCORES_CSV_HEADER.join(delimiter);
  const wide = [...SCORES_WIDE_FIXED_HEADER, ...instrument.statements.slice(0, 2).map(({ id }) => id), '…'].join(delimiter);
  const message = `första raden ska vara rubrikerna ${long} (en rad per län och påstående) eller ${wide} (en rad per län)`;
  return fail([{ path: 'rad 1', message }]);
}

function readScoresLong(rows: readonly string[][], instrument: Instrument): Result<RoundScores> {
  const countyOf = countyLookup(instrument);
  const problems: Problem[] = [];
  const assessments: Record<string, MutableAssessment> = {};
  const firstLine = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 1;
    // Spreadsheets leave blank rows (";;;" or empty lines) where a person deleted content.
    if (line === 1 || isBlank(cells)) return;
    const entry = readRow(cells, line, countyOf, instrument, problems);
    // A row with neither score nor note carries nothing that could conflict with another.
    if (!entry || (entry.score === undefined && entry.note === undefined)) return;
    const key = `${entry.county} ${entry.statement}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problems.push({ path: at(line), message: `länet och påståendet finns redan på rad ${earlier}` });
      return;
    }
    firstLine.set(key, line);
    const assessment = (assessments[entry.county] ??= { scores: {}, notes: {} });
    if (entry.score !== undefined) assessment.scores[entry.statement] = entry.score;
    if (entry.note !== undefined) assessment.notes[entry.statement] = entry.note;
  });
  return problems.length > 0 ? fail(problems) : ok({ assessments });
}

function readRow(
  cells: readonly string[],
  line: number,
  countyOf: (text: string) => string | undefined,
  instrument: Instrument,
  problems: Problem[],
): Entry | undefined {
  if (cells.length !== SCORES_CSV_HEADER.length) {
    // Without the right number of cells there is no telling which value belongs to which column.
    const message = `raden ska ha ${SCORES_CSV_HEADER.length} fält men har ${cells.length}`;
    problems.push({ path: at(line), message });
    return undefined;
  }
  const [countyText = '', statementText = '', scoreText = '', noteText = ''] = cells.map((cell, i) =>
    i === 3 ? cell : cell.trim(),
  );
  const before = problems.length;
  const county = countyOf(countyText);
  if (county === undefined) problems.push(unknown(line, 'lan', countyText, 'länet saknas', 'okänt län'));
  if (!instrument.statementById.has(statementText)) {
    problems.push(unknown(line, 'pastaende', statementText, 'påståendet saknas', 'okänt påstående'));
  }
  const score = readScoreCell(scoreText);
  if (score === 'invalid') problems.push({ path: at(line, 'poang'), message: SCORE_MESSAGE });
  if (county === undefined || score === 'invalid' || problems.length > before) return undefined;
  const note = restoreFormula(noteText);
  return { county, statement: statementText, score, note: note.trim() === '' ? undefined : note };
}

function unknown(line: number, column: Column, text: string, missing: string, unknownWhat: string): Problem {
  return { path: at(line, column), message: text === '' ? missing : `${unknownWhat} '${text}'` };
}

function isLongHeader(cells: readonly string[]): boolean {
  return cells.length === SCORES_CSV_HEADER.length && cells.every((cell, i) => headerCell(cell) === SCORES_CSV_HEADER[i]);
}
