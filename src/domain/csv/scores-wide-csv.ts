import { restoreFormula, toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { Instrument } from '../criteria/instrument';
import { fail, ok, type Problem, type Result } from '../problems';
import type { Score } from '../score';
import { assessmentOf, type RoundScores } from '../workspace/assessment';
import { at, countyByName, countyLookup, headerCell, isBlank, readScoreCell, SCORE_MESSAGE } from './csv-cells';

/**
 * Scores as a spreadsheet in wide form: one row per county, one column per statement, no notes.
 * A header that starts `lan;namn` followed by statement ids is version 1 of this form.
 */
export const SCORES_WIDE_FIXED_HEADER = ['lan', 'namn'] as const;

const FIXED = SCORES_WIDE_FIXED_HEADER.length;

/** `lan;namn;1.1;1.2;…;6.5`, the statements in instrument order. */
export function scoresWideHeader(instrument: Instrument): string[] {
  return [...SCORES_WIDE_FIXED_HEADER, ...instrument.statements.map(({ id }) => id)];
}

/** Every county in county-list order, scored or not, so the file is the whole matrix. */
export function toScoresWideCsv(workspace: RoundScores, instrument: Instrument, delimiter: CsvDelimiter = ';'): string {
  const rows = instrument.counties.map(({ code, name }) => {
    const { scores } = assessmentOf(workspace, code);
    return [code, name, ...instrument.statements.map(({ id }) => scores[id]?.toString() ?? '')];
  });
  return toCsvText([scoresWideHeader(instrument), ...rows], delimiter);
}

export function isScoresWideHeader(cells: readonly string[]): boolean {
  return SCORES_WIDE_FIXED_HEADER.every((name, i) => headerCell(cells[i]) === name);
}

/**
 * Reads the rows of a wide-form file whose header isScoresWideHeader. The statement columns may
 * be any of the instrument's, in any order; an unknown or repeated one is a problem in rad 1, and
 * the other columns are still read so that every problem is reported at once.
 */
export function readScoresWide(rows: readonly string[][], instrument: Instrument): Result<RoundScores> {
  const problems: Problem[] = [];
  const header = rows[0] ?? [];
  const columns = readHeader(header, instrument, problems);
  const counties: CountyReading = {
    countyOf: countyLookup(instrument),
    byName: countyByName(instrument),
    nameOf: new Map(instrument.counties.map(({ code, name }) => [code, name])),
  };
  const assessments: Record<string, { scores: Record<string, Score>; notes: Record<string, string> }> = {};
  const firstLine = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 1;
    if (line === 1 || isBlank(cells)) return;
    if (cells.length !== header.length) {
      problems.push({ path: at(line), message: `raden ska ha ${header.length} fält men har ${cells.length}` });
      return;
    }
    const before = problems.length;
    const county = readCounty(cells, line, counties, problems);
    const scores: Record<string, Score> = {};
    columns.forEach((statementId, i) => {
      if (statementId === null) return;
      const score = readScoreCell(cells[FIXED + i] ?? '');
      if (score === 'invalid') problems.push({ path: at(line, statementId), message: SCORE_MESSAGE });
      else if (score !== undefined) scores[statementId] = score;
    });
    // A county without a score carries nothing that could conflict with another row.
    if (county === undefined || problems.length > before || Object.keys(scores).length === 0) return;
    const earlier = firstLine.get(county);
    if (earlier !== undefined) {
      problems.push({ path: at(line), message: `länet finns redan på rad ${earlier}` });
      return;
    }
    firstLine.set(county, line);
    assessments[county] = { scores, notes: {} };
  });
  return problems.length > 0 ? fail(problems) : ok({ assessments });
}

/** The statement id of each column after `lan;namn`, or null for a column that cannot be read. */
function readHeader(header: readonly string[], instrument: Instrument, problems: Problem[]): (string | null)[] {
  const seen = new Map<string, number>();
  const columns = header.slice(FIXED).map((cell, i) => {
    const column = FIXED + i + 1;
    const id = cell.trim();
    if (id === '') {
      problems.push({ path: at(1, column), message: 'kolumnen saknar rubrik; den ska vara ett påståendes id' });
      return null;
    }
    if (!instrument.statementById.has(id)) {
      problems.push({ path: at(1, id), message: `okänt påstående '${id}'` });
      return null;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({ path: at(1, id), message: `påståendet finns redan i kolumn ${earlier}` });
      return null;
    }
    seen.set(id, column);
    return id;
  });
  if (columns.length === 0) {
    problems.push({ path: at(1), message: 'efter lan och namn ska påståendenas id stå som rubriker (1.1, 1.2, …)' });
  }
  return columns;
}

type CountyReading = {
  countyOf: (text: string) => string | undefined;
  byName: (text: string) => string | undefined;
  nameOf: ReadonlyMap<string, string>;
};

/** The county of a row by its `lan` cell; `namn`, when filled in, must be one of that county's names. */
function readCounty(cells: readonly string[], line: number, { countyOf, byName, nameOf }: CountyReading, problems: Problem[]): string | undefined {
  const countyText = restoreFormula(cells[0] ?? '').trim();
  const nameText = restoreFormula(cells[1] ?? '').trim();
  const county = countyOf(countyText);
  if (county === undefined) {
    problems.push({ path: at(line, 'lan'), message: countyText === '' ? 'länet saknas' : `okänt län '${countyText}'` });
    return undefined;
  }
  const name = nameOf.get(county) ?? '';
  if (nameText !== '' && byName(nameText) !== county) {
    // Caught here, a row whose code was edited but not its name cannot give one county's scores to another.
    problems.push({ path: at(line, 'namn'), message: `'${nameText}' är inte namnet på län ${county} (${name})` });
    return undefined;
  }
  return county;
}
