import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import { overviewRows } from '../compare/overview';
import type { Instrument } from '../criteria/instrument';
import type { Language } from '../localize';
import { levelNumber } from '../rating/level-number';
import type { AreaRating } from '../rating/rate-area';
import { ratingLabel } from '../rating/rating-label';
import type { RoundScores } from '../workspace/assessment';

/**
 * Every county's level in every area, for spreadsheets and statistics programs. The headers are
 * fixed ASCII names a program can rely on; only the labels follow the language. Levels are
 * numbered 1–3 from the weakest, as a person counts them, not 0–2 as the rule does inside.
 */
export function ratingsCsvHeader(instrument: Instrument): string[] {
  return ['lan', 'namn', ...instrument.areas.flatMap(({ area }) => [`omrade_${area.id}_niva`, `omrade_${area.id}_nivanamn`])];
}

/** One row per county in county-list order; a county not rated in an area has an empty level. */
export function toRatingsCsv(workspace: RoundScores, instrument: Instrument, lang: Language, delimiter: CsvDelimiter = ';'): string {
  const rows = overviewRows(instrument, workspace).map(({ county, ratings }) => [
    county.code,
    county.name,
    ...ratings.flatMap((rating) => [levelCell(rating), ratingLabel(rating, lang)]),
  ]);
  return toCsvText([ratingsCsvHeader(instrument), ...rows], delimiter);
}

function levelCell(rating: AreaRating): string {
  return rating.status === 'rated' ? String(levelNumber(rating.level)) : '';
}
