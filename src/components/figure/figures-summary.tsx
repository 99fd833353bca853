import { localize } from '../../domain/localize';
import type { AreaDistribution } from '../../domain/rating/distribution';
import { figuresMessages } from '../../i18n/messages/figures';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { TableRegion } from '../table-region';

/** All six areas at a glance, as the report's "Sammanfattande bedömning". */
export function FiguresSummary({ distributions }: { distributions: AreaDistribution[] }) {
  const { t } = useTranslation(figuresMessages);
  const lang = useLanguage();
  return (
    <TableRegion captionId="summary-caption">
    <table className="summary-table">
      <caption id="summary-caption">{t('summary.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.area')}</th>
          <th scope="col">{t('summary.weakest')}</th>
          <th scope="col">{t('summary.middle')}</th>
          <th scope="col">{t('summary.strongest')}</th>
          <th scope="col">{t('summary.rated')}</th>
        </tr>
      </thead>
      <tbody>
        {distributions.map((distribution) => (
          <tr key={distribution.areaId}>
            <th scope="row">{t('summary.figure', { figure: distribution.figure, title: localize(distribution.title, lang) })}</th>
            {distribution.levels.map((level) => (
              <td key={level.level}>
                {localize(level.label, lang)}: <strong>{level.count}</strong>
              </td>
            ))}
            <td>{t('coverage', { rated: distribution.ratedCount, total: distribution.total })}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableRegion>
  );
}
