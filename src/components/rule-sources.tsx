import type { Condition, LocalizedText } from '../domain/criteria/criteria-schema';
import { localize } from '../domain/localize';
import { describeCondition } from '../domain/rating/describe-condition';
import { commonMessages } from '../i18n/messages/common';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useInstrument } from '../providers/services';
import './rule-sources.css';

/** The report's own description of a level ("Kommentarer till indelningen"), where it gives one. */
export function LevelDescription({ description }: { description: LocalizedText | undefined }) {
  const { t } = useTranslation(commonMessages);
  const lang = useLanguage();
  if (!description) return null;
  return (
    <p className="level-description">
      <span className="level-description__lead">{t('ruleSources.reportSays')}</span> <q>{localize(description, lang)}</q>
    </p>
  );
}

/** Where a condition comes from: the report's text, or a threshold this tool chose, and why. */
export function ConditionBasis({ basis }: { basis: Condition['basis'] }) {
  const { t } = useTranslation(commonMessages);
  const lang = useLanguage();
  return (
    <span className="condition-basis">
      <span className={`basis-tag basis-tag--${basis.kind}`}>{t(`ruleSources.basis.${basis.kind}`)}</span> {localize(basis.why, lang)}
    </span>
  );
}

/** A level's conditions, each with where it comes from. */
export function ConditionBases({ conditions, levelLabel }: { conditions: readonly Condition[]; levelLabel: string }) {
  const { t } = useTranslation(commonMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  if (conditions.length === 0) return null;
  return (
    <ul className="condition-bases" aria-label={t('ruleSources.basesLabel', { level: levelLabel })}>
      {conditions.map((condition, index) => (
        <li key={index}>
          <span className="condition-bases__rule">{describeCondition(condition, instrument, lang)}</span> <ConditionBasis basis={condition.basis} />
        </li>
      ))}
    </ul>
  );
}
