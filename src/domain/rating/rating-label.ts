import { localize, type Language } from '../localize';
import { NOT_RATED_LABEL, type AreaRating } from './rate-area';

/** The level's label in the language, or "Ej bedömd" / "Not rated", as every view writes it. */
export function ratingLabel(rating: AreaRating, lang: Language): string {
  return localize(rating.status === 'rated' ? rating.label : NOT_RATED_LABEL, lang);
}

const GROUP_MARK = { sv: 'gruppens nivå', en: 'the group’s level' } as const;

/** The label as an export writes it: a level the group set against the rule is marked as the group's. */
export function ratingText(rating: AreaRating, lang: Language): string {
  const label = ratingLabel(rating, lang);
  return rating.status === 'rated' && rating.group ? `${label} (${GROUP_MARK[lang]})` : label;
}
