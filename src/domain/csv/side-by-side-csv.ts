import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { AreaComparison, AreaLevels, StatementComparison } from '../compare/side-by-side';
import type { County } from '../criteria/counties-schema';
import type { Instrument } from '../criteria/instrument';
import { localize, type Language } from '../localize';
import { ratingText } from '../rating/rating-label';

/** The view's own words, in the interface language. */
export type SideBySideCsvWords = {
  area: string;
  areaName: (id: string, title: string) => string;
  statement: string;
  wording: string;
  comparison: string;
  /** The marker and the word, as the view shows them: "≠ Skiljer sig". */
  differs: string;
  same: string;
  incomplete: string;
};

export type SideBySideCsvInput = {
  /** The chosen counties in the view's order. */
  counties: readonly County[];
  levels: readonly AreaLevels[];
  statements: readonly AreaComparison[];
};

/**
 * Sida vid sida as its two tables show them, one after the other with an empty row between:
 * the level per area, then the score per statement with the comparison column. An area is a
 * column of the second table rather than a heading row, so every row stands on its own.
 */
export function toSideBySideCsv(
  input: SideBySideCsvInput,
  instrument: Instrument,
  lang: Language,
  words: SideBySideCsvWords,
  delimiter: CsvDelimiter,
): string {
  const names = input.counties.map((county) => county.name);
  const areaName = (areaId: string) => {
    const title = instrument.areas.find((candidate) => candidate.area.id === areaId)?.area.shortTitle;
    return words.areaName(areaId, title ? localize(title, lang) : '');
  };
  const levels = input.levels.map(({ areaId, ratings }) => [areaName(areaId), ...ratings.map((rating) => ratingText(rating, lang))]);
  const statements = input.statements.flatMap(({ areaId, rows }) =>
    rows.map((row) => [
      areaName(areaId),
      row.statementId,
      localize(instrument.statementById.get(row.statementId)?.text ?? { sv: '' }, lang),
      ...row.scores.map((score) => score?.toString() ?? ''),
      comparison(row, words),
    ]),
  );
  return toCsvText(
    [
      [words.area, ...names],
      ...levels,
      [''],
      [words.area, words.statement, words.wording, ...names, words.comparison],
      ...statements,
    ],
    delimiter,
  );
}

function comparison(row: StatementComparison, words: SideBySideCsvWords): string {
  if (row.differs) return words.differs;
  return row.complete ? words.same : words.incomplete;
}
