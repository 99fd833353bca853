import { localize } from '../domain/localize';
import type { AreaRating } from '../domain/rating/rate-area';
import { commonMessages } from '../i18n/messages/common';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import './level-badge.css';

/**
 * A level as text, optionally after a prefix ("Nivå: "); the fill only repeats what the text says.
 * A level the group set against the rule says so in words.
 */
export function LevelBadge({ rating, prefix = '' }: { rating: AreaRating; prefix?: string }) {
  const { t } = useTranslation(commonMessages);
  const lang = useLanguage();
  if (rating.status === 'not-rated') return <span className="level level--none">{`${prefix}${t('notRated')}`}</span>;
  const group = rating.group ? ` (${t('groupLevelMark')})` : '';
  return <span className={`level level--${rating.level}`}>{`${prefix}${localize(rating.label, lang)}${group}`}</span>;
}
