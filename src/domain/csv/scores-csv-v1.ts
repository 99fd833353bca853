import { restoreFormula } from '../../lib/csv-text';
import type { Instrument } from '../criteria/instrument';
import { fail, ok, type Problem, type Result } from '../problems';
import type { Score } from '../score';
import type { RoundScores } from '../workspace/assessment';
import { at, countyLookup, headerCell, isBlank, readScoreCell, SCORE_MESSAGE, unknownCell } from './csv-cells';

/**
 * Version 1 of the long form, from before rounds and raters: one round's agreed scores, one row
 * per county and statement. No longer written; read into the round the user picks.
 */
export const SCORES_CSV_V1_HEADER = ['lan', 'pastaende', 'poang', 'anteckning'] as const;

type MutableAssessment = { scores: Record<string, Score>; notes: Record<string, string> };
type Entry = { county: string; statement: string; score: Score | undefined; note: string | undefined };

export function isScoresV1Header(cells: readonly string[]): boolean {
  return cells.length === SCORES_CSV_V1_HEADER.length && cells.every((cell, i) => headerCell(cell) === SCORES_CSV_V1_HEADER[i]);
}

/** Reads the rows of a file whose header isScoresV1Header; every problem at once, with its row and column. */
export function readScoresV1(rows: readonly string[][], instrument: Instrument): Result<RoundScores> {
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
  if (cells.length !== SCORES_CSV_V1_HEADER.length) {
    // Without the right number of cells there is no telling which value belongs to which column.
    const message = `raden ska ha ${SCORES_CSV_V1_HEADER.length} fält men har ${cells.length}`;
    problems.push({ path: at(line), message });
    return undefined;
  }
  const [countyText = '', statementText = '', scoreText = '', noteText = ''] = cells.map((cell, i) =>
    i === 3 ? cell : cell.trim(),
  );
  const before = problems.length;
  const county = countyOf(countyText);
  if (county === undefined) problems.push(unknownCell(at(line, 'lan'), countyText, 'länet saknas', 'okänt län'));
  if (!instrument.statementById.has(statementText)) {
    problems.push(unknownCell(at(line, 'pastaende'), statementText, 'påståendet saknas', 'okänt påstående'));
  }
  const score = readScoreCell(scoreText);
  if (score === 'invalid') problems.push({ path: at(line, 'poang'), message: SCORE_MESSAGE });
  if (county === undefined || score === 'invalid' || problems.length > before) return undefined;
  const note = restoreFormula(noteText);
  return { county, statement: statementText, score, note: note.trim() === '' ? undefined : note };
}
