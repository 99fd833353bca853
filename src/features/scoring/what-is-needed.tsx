import { useMemo } from 'react';
import { ConditionBasis, LevelDescription } from '../../components/rule-sources';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { localize } from '../../domain/localize';
import { describeCondition } from '../../domain/rating/describe-condition';
import { levelNumber } from '../../domain/rating/level-number';
import { whatIsNeeded, type UnmetCondition } from '../../domain/rules/what-is-needed';
import { neededMessages } from '../../i18n/messages/needed';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';
import { useAreaAssessment } from '../../providers/use-area-assessment';

/**
 * "Vad krävs": for an area below its top level, each condition of the next level that does not
 * hold, the statements below its threshold and how many of them must reach it.
 */
export function WhatIsNeeded({ area, countyCode }: { area: InstrumentArea; countyCode: string }) {
  const { t } = useTranslation(neededMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const assessment = useAreaAssessment(area, countyCode);
  const needed = useMemo(() => whatIsNeeded(instrument, area, assessment), [instrument, area, assessment]);
  const headingId = `vad-kravs-${area.area.id}`;

  return (
    <section className="needed-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('heading', { id: area.area.id })}</h3>
      {needed.status === 'not-rated' && <p>{t('notRated', { ids: needed.missing.join(', ') })}</p>}
      {needed.status === 'top' && <p>{t('top', { label: localize(needed.label, lang) })}</p>}
      {needed.status === 'below-top' && (
        <>
          <p>{t('next', { count: needed.unmet.length, level: levelNumber(needed.next.level), label: localize(needed.next.label, lang) })}</p>
          <LevelDescription description={area.levelsWeakestFirst[needed.next.level]?.description} />
          <ul className="needed-panel__conditions">
            {needed.unmet.map((unmet, index) => (
              <UnmetItem key={index} unmet={unmet} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function UnmetItem({ unmet }: { unmet: UnmetCondition }) {
  const { t } = useTranslation(neededMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const { condition, met, below, raise } = unmet;
  const minScore = condition.minScore;
  const advice =
    below.length === 1
      ? t('raiseOne', { minScore })
      : raise === below.length
        ? t('raiseAll', { count: raise, minScore })
        : t('raiseSome', { count: raise, minScore });
  return (
    <li>
      <strong>{describeCondition(condition, instrument, lang)}</strong>{' '}
      ({t('metNow', { met, total: condition.statements.length })})
      <br />
      <ConditionBasis basis={condition.basis} />
      <ul aria-label={t('belowLabel', { minScore })}>
        {below.map(({ id, score }) => {
          const statement = instrument.statementById.get(id);
          return (
            <li key={id}>
              <span className="needed-panel__id">{id}</span> {statement ? localize(statement.text, lang) : ''}{' '}
              <span className="needed-panel__score">
                ({score === undefined ? t('unscored') : t('scoreNow', { score })})
              </span>
            </li>
          );
        })}
      </ul>
      <p className="needed-panel__advice">{advice}</p>
    </li>
  );
}
