import { rankingCaveatMessages } from '../i18n/messages/ranking-caveat';
import { useTranslation } from '../i18n/use-translation';
import './ranking-caveat.css';

/**
 * The 2016 report's warning, word for word, beside every figure and every view where counties can
 * be sorted or set against each other: the levels are a rough picture, not a ranking. Plain text
 * on the page (not a tooltip), so it is read aloud, zoomed and printed with what it qualifies.
 */
export function RankingCaveat() {
  const { t } = useTranslation(rankingCaveatMessages);
  return (
    <p className="ranking-caveat" role="note">
      {t('text')}
    </p>
  );
}
