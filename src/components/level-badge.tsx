import { NOT_RATED_LABEL, type AreaRating } from '../domain/rating/rate-area';

/** A level as text, optionally after a prefix ("Nivå: "); the fill only repeats what the text says. */
export function LevelBadge({ rating, prefix = '' }: { rating: AreaRating; prefix?: string }) {
  if (rating.status === 'not-rated') return <span className="level level--none">{`${prefix}${NOT_RATED_LABEL}`}</span>;
  return <span className={`level level--${rating.level}`}>{`${prefix}${rating.label}`}</span>;
}
