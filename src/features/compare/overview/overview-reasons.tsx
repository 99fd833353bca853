import { useEffect, useMemo, useRef } from 'react';
import { LevelBadge } from '../../../components/level-badge';
import type { CellRef } from '../../../domain/compare/overview';
import { localize } from '../../../domain/localize';
import { describeOutcome } from '../../../domain/rating/describe-condition';
import { levelNumber } from '../../../domain/rating/level-number';
import { rateArea, summarizeRating } from '../../../domain/rating/rate-area';
import { assessmentOf } from '../../../domain/workspace/assessment';
import { overviewMessages } from '../../../i18n/messages/overview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useRoundScores, useRoundHref } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { REASONS_ID } from './overview-table';

export const REASONS_HEADING_ID = 'overview-reasons-title';

/**
 * Why a county got its level in an area: every level's conditions checked against its scores.
 * Escape anywhere inside closes it, as the close button does.
 */
export function OverviewReasons({ cell, onClose }: { cell: CellRef; onClose: () => void }) {
  const roundHref = useRoundHref();
  const { t } = useTranslation(overviewMessages);
  const section = useRef<HTMLElement>(null);
  // A listener on the element rather than onKeyDown: the section is a landmark, not a control.
  useEffect(() => {
    const element = section.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const county = instrument.counties.find((candidate) => candidate.code === cell.countyCode);
  const area = instrument.areas.find((candidate) => candidate.area.id === cell.areaId);
  const rating = useMemo(
    () => (area ? rateArea(instrument, area, assessmentOf(roundScores, cell.countyCode), roundScores.groupLevels?.[cell.countyCode]?.[area.area.id]) : null),
    [instrument, area, roundScores, cell.countyCode],
  );
  if (!county || !area || !rating) return null;

  return (
    <section ref={section} id={REASONS_ID} className="overview-reasons" aria-labelledby={REASONS_HEADING_ID}>
      <h2 id={REASONS_HEADING_ID} tabIndex={-1}>
        {t('reasons.title', { county: county.name, id: area.area.id, title: localize(area.area.title, lang) })}
      </h2>
      <p className="overview-reasons__level">
        <LevelBadge
          rating={rating}
          prefix={rating.status === 'rated' ? t('reasons.levelNumberPrefix', { number: levelNumber(rating.level) }) : t('reasons.levelPrefix')}
        />
      </p>
      <p>{summarizeRating(rating, instrument, lang)}</p>
      {rating.status === 'rated' ? (
        <>
          <p>{t('reasons.rule')}</p>
          <ol>
            {rating.checks.map((check) => (
              <li key={check.level}>
                <strong>{localize(check.label, lang)}</strong>{' '}
                {check.conditions.length === 0 ? t('reasons.fallback') : check.held ? t('reasons.allHeld') : t('reasons.notAllHeld')}
                {check.conditions.length > 0 && (
                  <ul>
                    {check.conditions.map((condition, index) => (
                      <li key={index} className={condition.held ? 'overview-held' : 'overview-not-held'}>
                        {describeOutcome(condition, instrument, lang)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t('reasons.notRated')}</p>
      )}
      <p className="overview-reasons__actions">
        <a href={roundHref(`#/lan/${county.code}`)}>{t('reasons.score', { county: county.name })}</a>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('reasons.close')}
        </button>
      </p>
    </section>
  );
}
