import { useMemo } from 'react';
import { localize } from '../domain/localize';
import { describeCondition } from '../domain/rating/describe-condition';
import { levelNumber } from '../domain/rating/level-number';
import { changedConditions } from '../domain/rules/compare-rules';
import { commonMessages } from '../i18n/messages/common';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import type { RuleVariantInstrument } from '../providers/use-rule-variant-instrument';
import './variant-notice.css';

/**
 * Says, at the top of a page drawn with a rule variant and on its printout, that the levels are
 * not the criteria's own rule: the variant's name, each changed threshold beside the default, a
 * way to the rule explorer and a way back to the default rule.
 */
export function VariantNotice({ read, explorerHref, defaultHref }: { read: RuleVariantInstrument; explorerHref: string; defaultHref: string }) {
  const { t } = useTranslation(commonMessages);
  const lang = useLanguage();
  const { defaultInstrument, instrument, variant } = read;
  const changed = useMemo(() => changedConditions(defaultInstrument, instrument), [defaultInstrument, instrument]);
  if (changed.length === 0) return null;
  const name = variant.name === '' ? t('variantNotice.unnamed') : variant.name;
  const areaTitle = (id: string) => {
    const area = defaultInstrument.areas.find((candidate) => candidate.area.id === id);
    return area ? localize(area.area.title, lang) : id;
  };
  return (
    <section className="variant-notice" aria-labelledby="variant-notice-heading">
      <h2 id="variant-notice-heading">{t('variantNotice.heading', { name })}</h2>
      <p>{t('variantNotice.text', { count: changed.length })}</p>
      <ul>
        {changed.map((change) => (
          <li key={`${change.areaId}/${change.level}/${describeCondition(change.before, defaultInstrument, lang)}`}>
            {t('variantNotice.change', {
              id: change.areaId,
              title: areaTitle(change.areaId),
              level: levelNumber(change.level),
              rule: describeCondition(change.after, defaultInstrument, lang),
              standard: describeCondition(change.before, defaultInstrument, lang),
            })}
          </li>
        ))}
      </ul>
      <p className="variant-notice__links">
        <a href={explorerHref}>{t('variantNotice.explorer')}</a>
        <a href={defaultHref}>{t('variantNotice.default')}</a>
      </p>
    </section>
  );
}
