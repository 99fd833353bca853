import { localize } from '../../domain/localize';
import type { AreaComparison } from '../../domain/rules/compare-rules';
import { rulesMessages } from '../../i18n/messages/rules';
import { useLanguage, useTranslation } from '../../i18n/use-translation';

/**
 * The counties whose level in this area the variant changes, beside the thresholds that change it,
 * so the effect of a change is read where the change is made.
 */
export function AreaChanges({ area }: { area: AreaComparison }) {
  const { t } = useTranslation(rulesMessages);
  const lang = useLanguage();
  const headingId = `regel-byten-${area.areaId}`;
  return (
    <div className="rules-area-changes" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('areaChanges.heading', { id: area.areaId })}</h3>
      {area.changes.length === 0 ? (
        <p className="empty-note">{t('areaChanges.none')}</p>
      ) : (
        <ul>
          {area.changes.map((change) => (
            <li key={change.county.code}>
              {t('areaChanges.item', {
                county: change.county.name,
                from: localize(change.from.label, lang),
                to: localize(change.to.label, lang),
                direction: change.to.level > change.from.level ? t('changes.up') : t('changes.down'),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
