import { NOT_RATED_LABEL, type AreaRating } from '../domain/rating/rate-area';

/** A level as text; the fill only repeats what the text says. */
export function LevelBadge({ rating }: { rating: AreaRating }) {
  if (rating.status === 'not-rated') return <span className="level level--none">{NOT_RATED_LABEL}</span>;
  return <span className={`level level--${rating.level}`}>{rating.label}</span>;
}
