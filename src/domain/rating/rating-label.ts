import { localize, type Language } from '../localize';
import { NOT_RATED_LABEL, type AreaRating } from './rate-area';

/** The level's label in the language, or "Ej bedömd" / "Not rated", as every view writes it. */
export function ratingLabel(rating: AreaRating, lang: Language): string {
  return localize(rating.status === 'rated' ? rating.label : NOT_RATED_LABEL, lang);
}

/**
 * A level as people count it, 1 for the weakest: the rule numbers its levels from 0 inside, and
 * only what is shown or written to a file adds one.
 */
export function levelNumber(level: number): number {
  return level + 1;
}
