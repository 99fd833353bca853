import type { MouseEvent } from 'react';
import { TableRegion } from '../../components/table-region';
import { localize } from '../../domain/localize';
import type { AreaComparison, RuleComparison } from '../../domain/rules/compare-rules';
import type { TFunction } from '../../i18n/messages';
import { rulesMessages } from '../../i18n/messages/rules';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import type { RuleVariantState } from './use-rule-variant';

/**
 * What the variant does, in a sentence that is announced as it changes, with links down to the
 * areas where counties change level (each lists them beside its thresholds).
 */
export function ChangeSummary({ state }: { state: RuleVariantState }) {
  const { t } = useTranslation(rulesMessages);
  const moved = state.comparison.areas.filter((area) => area.changes.length > 0);
  return (
    <div className="rules-summary">
      <p role="status">{summaryOf(t, state.comparison, state.isDefault)}</p>
      {moved.length > 0 && (
        <p>
          {t('changes.inAreas')}{' '}
          {moved.map((area, index) => (
            <span key={area.areaId}>
              {index > 0 && ', '}
              <a href={`#regel-omrade-${area.areaId}`} onClick={(event) => jumpTo(event, `regel-omrade-${area.areaId}`)}>
                {t('changes.areaLink', { id: area.areaId, count: area.changes.length })}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** In a hash-routed app a fragment link would change the route: scroll to the heading instead. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** Every county whose level in an area differs between the default rule and the variant. */
export function ChangeList({ state }: { state: RuleVariantState }) {
  const { t } = useTranslation(rulesMessages);
  const lang = useLanguage();
  const { comparison, defaultInstrument } = state;
  const titleOf = new Map(defaultInstrument.areas.map(({ area }) => [area.id, localize(area.shortTitle, lang)]));
  if (comparison.changes.length === 0) return null;
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('changes.heading')}</h2>
      {comparison.changes.length > 0 && (
        <TableRegion captionId="changes-caption">
          <table className="rules-changes">
            <caption id="changes-caption">{t('changes.caption', { name: variantName(t, state) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('changes.county')}</th>
                <th scope="col">{t('changes.area')}</th>
                <th scope="col">{t('changes.defaultLevel')}</th>
                <th scope="col">{t('changes.variantLevel')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.changes.map((change) => (
                <tr key={`${change.areaId}/${change.county.code}`}>
                  <th scope="row">{change.county.name}</th>
                  <td>{t('changes.areaName', { id: change.areaId, title: titleOf.get(change.areaId) ?? '' })}</td>
                  <td>{localize(change.from.label, lang)}</td>
                  <td>
                    {localize(change.to.label, lang)}{' '}
                    <span className="rules-changes__direction">
                      {change.to.level > change.from.level ? t('changes.up') : t('changes.down')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

type T = TFunction<typeof rulesMessages>;

function summaryOf(t: T, comparison: RuleComparison, isDefault: boolean): string {
  if (comparison.ratedCounties === 0) return t('changes.noData');
  if (isDefault) return t('changes.sameRule');
  if (comparison.changes.length === 0) return t('changes.none');
  const counties = new Set(comparison.changes.map((change) => change.county.code)).size;
  return `${t('changes.summary', { count: comparison.changes.length })} ${t('changes.counties', { count: counties })}`;
}

function variantName(t: T, state: RuleVariantState): string {
  return state.variant.name === '' ? t('variant.defaultName') : state.variant.name;
}

/** Figur n in brief: per level the count under the default rule and under the variant. */
export function AreaCompareTable({ area, state }: { area: AreaComparison; state: RuleVariantState }) {
  const { t } = useTranslation(rulesMessages);
  const lang = useLanguage();
  return (
    <div className="rules-figure">
      <table>
        <caption>{t('figure.caption', { figure: area.figure, title: localize(area.title, lang) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figure.level')}</th>
            <th scope="col">{t('figure.default')}</th>
            <th scope="col">{t('figure.variant', { name: variantName(t, state) })}</th>
          </tr>
        </thead>
        <tbody>
          {area.default.levels.map((level, index) => {
            const variantCount = area.variant.levels[index]?.count ?? 0;
            return (
              <tr key={level.level} className={variantCount === level.count ? undefined : 'rules-figure__changed'}>
                <th scope="row">{localize(level.label, lang)}</th>
                <td>{level.count}</td>
                <td>{variantCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="rules-figure__coverage">{t('figure.coverage', { rated: area.default.ratedCount, total: area.default.total })}</p>
    </div>
  );
}
