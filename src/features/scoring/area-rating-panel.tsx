import { LevelBadge } from '../../components/level-badge';
import { ConditionBasis, LevelDescription } from '../../components/rule-sources';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { localize } from '../../domain/localize';
import { describeOutcome } from '../../domain/rating/describe-condition';
import { summarizeRating } from '../../domain/rating/rate-area';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';
import { useAreaRating } from '../../providers/use-area-assessment';
import { CarriedInArea } from './carried-in-area';

/** The area's live level and why, with every level's conditions checked against the scores. */
export function AreaRatingPanel({ area, countyCode }: { area: InstrumentArea; countyCode: string }) {
  const { t } = useTranslation(scoringMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const rating = useAreaRating(instrument, area, countyCode);
  const titleId = `bedomning-${area.area.id}`;

  return (
    <aside className="rating-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('rating.title', { id: area.area.id })}</h3>
      {/* Only the level is announced as it changes: the reason is there to read, not to hear at every score. */}
      <p className="rating-panel__level" aria-live="polite">
        <LevelBadge rating={rating} prefix={t('rating.levelPrefix')} />
      </p>
      <p className="rating-panel__reason">{summarizeRating(rating, instrument, lang)}</p>
      {/* The rating reads the real agreed scores only; this says what it leaves out, and why. */}
      <CarriedInArea area={area} countyCode={countyCode} />
      {rating.status === 'rated' && (
        <details className="rating-panel__rule">
          <summary>{t('rating.rule')}</summary>
          <ol>
            {rating.checks.map((check) => (
              <li key={check.level}>
                <strong>{localize(check.label, lang)}</strong>{' '}
                {check.conditions.length === 0
                  ? t('rating.fallback')
                  : check.held
                    ? t('rating.allHeld')
                    : t('rating.notAllHeld')}
                <LevelDescription description={area.levelsWeakestFirst[check.level]?.description} />
                {check.conditions.length > 0 && (
                  <ul>
                    {check.conditions.map((outcome, index) => (
                      <li key={index}>
                        {describeOutcome(outcome, instrument, lang)}
                        <br />
                        <ConditionBasis basis={outcome.condition.basis} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
