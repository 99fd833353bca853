import { localize } from '../../domain/localize';
import type { AreaDistribution } from '../../domain/rating/distribution';
import { figuresMessages } from '../../i18n/messages/figures';
import { useLanguage, useTranslation } from '../../i18n/use-translation';

/** The figure as a real table: one row per level with the count and the counties' names. */
export function FigureTable({ distribution, caption }: { distribution: AreaDistribution; caption: string }) {
  const { t } = useTranslation(figuresMessages);
  const lang = useLanguage();
  return (
    <table className="figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.level')}</th>
          <th scope="col">{t('table.count')}</th>
          <th scope="col">{t('table.counties')}</th>
        </tr>
      </thead>
      <tbody>
        {distribution.levels.map((level) => (
          <tr key={level.level}>
            <th scope="row">{localize(level.label, lang)}</th>
            <td>{level.count}</td>
            <td>
              {level.counties
                .map((county) => (level.byGroup.includes(county.code) ? t('table.byGroup', { name: county.name }) : county.name))
                .join(', ') || '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
