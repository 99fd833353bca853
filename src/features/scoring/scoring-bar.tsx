import { useRef, type RefObject } from 'react';
import { LevelBadge } from '../../components/level-badge';
import type { County } from '../../domain/criteria/counties-schema';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useRoundHref } from '../../providers/round-in-use';
import { useInstrument } from '../../providers/services';
import { useAreaRating } from '../../providers/use-area-assessment';
import { useAreaInView } from './use-area-in-view';
import { useBarHeight } from './use-bar-height';

type Props = {
  page: RefObject<HTMLElement | null>;
  countyCode: string;
  scored: number;
  total: number;
  nextCounty: County | undefined;
  onNextUnscored: () => void;
};

/**
 * What scoring needs at hand wherever the page is scrolled: how far the county has come, the level
 * of the area being scored, and the way to the next statement without a score. Sticks below the
 * header's row with "Ångra" and "Sparat".
 */
export function ScoringBar({ page, countyCode, scored, total, nextCounty, onNextUnscored }: Props) {
  const instrument = useInstrument();
  // The bar follows the area in view; the page itself is not drawn again when that changes.
  const areaId = useAreaInView(page, instrument.areas[0]?.area.id ?? '');
  const area = instrument.areas.find((candidate) => candidate.area.id === areaId) ?? instrument.areas[0];
  if (!area) throw new Error('An instrument has at least one area.');
  return <ScoringBarContent area={area} {...{ countyCode, scored, total, nextCounty, onNextUnscored }} />;
}

function ScoringBarContent({ area, countyCode, scored, total, nextCounty, onNextUnscored }: Omit<Props, 'page'> & { area: InstrumentArea }) {
  const roundHref = useRoundHref();
  const { t } = useTranslation(scoringMessages);
  const instrument = useInstrument();
  const rating = useAreaRating(instrument, area, countyCode);
  const done = scored === total;
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);

  return (
    <section ref={bar} className="scoring-bar" aria-label={t('bar.label')}>
      <p className={`scoring-bar__progress${done ? ' scoring-bar__progress--done' : ''}`}>
        {done ? t('bar.done', { count: total }) : t('progress', { scored, count: total })}
      </p>
      <p className="scoring-bar__area">
        <span>{t('bar.area', { id: area.area.id })}</span> <LevelBadge rating={rating} />
      </p>
      {!done && (
        <button type="button" className="button-secondary scoring-bar__next" onClick={onNextUnscored}>
          {t('bar.nextUnscored')}
        </button>
      )}
      {done && nextCounty && <a href={roundHref(`#/lan/${nextCounty.code}`)}>{t('pager.next', { name: nextCounty.name })}</a>}
      {/* Only the end is announced: a count read out at every click would drown the scores. */}
      <p className="visually-hidden" role="status">
        {done ? t('bar.doneAnnounced', { count: total }) : ''}
      </p>
    </section>
  );
}
