import type { County } from '../../domain/criteria/counties-schema';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useRoundHref } from '../../providers/round-in-use';

/** The way to the previous and next county; at the foot of the page it is named apart from the top one. */
export function CountyPager({ counties, index, atFoot = false }: { counties: County[]; index: number; atFoot?: boolean }) {
  const roundHref = useRoundHref();
  const { t } = useTranslation(scoringMessages);
  const previous = counties[index - 1];
  const next = counties[index + 1];
  return (
    <nav className="pager" aria-label={atFoot ? t('pager.labelAtFoot') : t('pager.label')}>
      {previous ? <a href={roundHref(`#/lan/${previous.code}`)}>{t('pager.previous', { name: previous.name })}</a> : <span />}
      {next ? <a href={roundHref(`#/lan/${next.code}`)}>{t('pager.next', { name: next.name })}</a> : <span />}
    </nav>
  );
}
