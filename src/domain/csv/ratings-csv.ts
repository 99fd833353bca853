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
 *
 * Per area: the level counted (the group's where it set one, else the rule's) and its label, then
 * the rule's level, the group's level and the group's reason, so a reader sees both and why.
 */
export function ratingsCsvHeader(instrument: Instrument): string[] {
  return [
    'lan',
    'namn',
    ...instrument.areas.flatMap(({ area }) =>
      ['niva', 'nivanamn', 'regelns_niva', 'gruppens_niva', 'motivering'].map((part) => `omrade_${area.id}_${part}`),
    ),
  ];
}

/** One row per county in county-list order; a county not rated in an area has empty levels. */
export function toRatingsCsv(roundScores: RoundScores, instrument: Instrument, lang: Language, delimiter: CsvDelimiter = ';'): string {
  const rows = overviewRows(instrument, roundScores).map(({ county, ratings }) => [
    county.code,
    county.name,
    ...ratings.flatMap((rating) => areaCells(rating, lang)),
  ]);
  return toCsvText([ratingsCsvHeader(instrument), ...rows], delimiter);
}

/** niva, nivanamn, regelns_niva, gruppens_niva, motivering. */
function areaCells(rating: AreaRating, lang: Language): string[] {
  if (rating.status !== 'rated') return ['', ratingLabel(rating, lang), '', '', ''];
  const number = (level: number) => String(levelNumber(level));
  const { group } = rating;
  return [
    number(rating.level),
    ratingLabel(rating, lang),
    number(group?.ruleLevel ?? rating.level),
    group ? number(rating.level) : '',
    group?.reason ?? '',
  ];
}
