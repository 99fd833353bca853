import type { Instrument } from '../criteria/instrument';
import { fail, ok, type Problem, type Result } from '../problems';
import type { Score } from '../score';
import type { Workspace } from '../workspace/workspace';
import { neutralizeFormula, parseCsv, restoreFormula, serializeCsv, type CsvDelimiter } from './csv-text';

/**
 * Scores as a spreadsheet in long form, one row per county and statement. This exact header is
 * version 1 of the format; a later version would change the header, so the header is checked.
 */
export const SCORES_CSV_HEADER = ['lan', 'pastaende', 'poang', 'anteckning'] as const;

type Column = (typeof SCORES_CSV_HEADER)[number];
type MutableAssessment = { scores: Record<string, Score>; notes: Record<string, string> };
type Entry = { county: string; statement: string; score: Score | undefined; note: string | undefined };

const SCORE_TEXT: ReadonlyMap<string, Score> = new Map([
  ['0', 0],
  ['1', 1],
  ['2', 2],
]);

/** Rows in county-list order, then instrument order; only statements with a score or a note. */
export function toScoresCsv(workspace: Workspace, instrument: Instrument, delimiter: CsvDelimiter = ';'): string {
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
  // Only notes are free text today, but every cell is neutralised so a future column cannot
  // forget to be.
  return serializeCsv(
    rows.map((row) => row.map(neutralizeFormula)),
    delimiter,
  );
}

/**
 * Reads a scores CSV against the loaded instrument. All or nothing: every problem in the file
 * is reported at once, each with its row (the header is rad 1) and column.
 */
export function parseScoresCsv(text: string, instrument: Instrument): Result<Workspace> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(parsed.problems);
  const { delimiter, rows } = parsed.value;
  if (rows.every(isBlank)) return ok({ assessments: {} });
  if (!isHeader(rows[0] ?? [])) {
    return fail([{ path: 'rad 1', message: `första raden ska vara rubrikerna ${SCORES_CSV_HEADER.join(delimiter)}` }]);
  }

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
  const score = SCORE_TEXT.get(scoreText);
  if (scoreText !== '' && score === undefined) {
    problems.push({ path: at(line, 'poang'), message: 'poängen måste vara 0, 1 eller 2 eller tom' });
  }
  if (county === undefined || problems.length > before) return undefined;
  const note = restoreFormula(noteText);
  return { county, statement: statementText, score, note: note.trim() === '' ? undefined : note };
}

function unknown(line: number, column: Column, text: string, missing: string, unknownWhat: string): Problem {
  return { path: at(line, column), message: text === '' ? missing : `${unknownWhat} '${text}'` };
}

function at(line: number, column?: Column): string {
  return column === undefined ? `rad ${line}` : `rad ${line}, kolumn "${column}"`;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function isHeader(cells: readonly string[]): boolean {
  return (
    cells.length === SCORES_CSV_HEADER.length &&
    cells.every((cell, i) => cell.trim().toLowerCase() === SCORES_CSV_HEADER[i])
  );
}

/**
 * Accepts the code ("06"), the code as Excel shows it after dropping the leading zero ("6"),
 * and the county's name in any case ("jönköping"), and gives back the two-digit code.
 */
function countyLookup(instrument: Instrument): (text: string) => string | undefined {
  // NFC because macOS may hand over "ö" as "o" plus a combining diaeresis.
  const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('sv');
  const codes = new Map<string, string>();
  for (const { code, name } of instrument.counties) {
    codes.set(code, code);
    codes.set(nameKey(name), code);
  }
  return (text) => codes.get(/^\d$/.test(text) ? `0${text}` : nameKey(text));
}
