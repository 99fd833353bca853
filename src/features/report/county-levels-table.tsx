import { LevelBadge } from '../../components/level-badge';
import { TableRegion } from '../../components/table-region';
import { localize } from '../../domain/localize';
import type { CountyReport } from '../../domain/report/county-reports';
import { reportMessages } from '../../i18n/messages/report';
import { useLanguage, useTranslation } from '../../i18n/use-translation';

/** A county's level in every area, with the reason in words ("Ej bedömd" and what is missing). */
export function CountyLevelsTable({ report }: { report: CountyReport }) {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const captionId = `rapport-lan-${report.county.code}-nivaer`;
  return (
    <TableRegion captionId={captionId}>
      <table className="report-county__levels">
        <caption id={captionId}>{t('counties.levelsCaption', { name: report.county.name })}</caption>
        <colgroup>
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('counties.area')}</th>
            <th scope="col">{t('counties.level')}</th>
            <th scope="col">{t('counties.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {report.areas.map(({ area, rating, reason }) => (
            <tr key={area.area.id}>
              <th scope="row">{t('counties.areaName', { id: area.area.id, title: localize(area.area.title, lang) })}</th>
              <td>
                <LevelBadge rating={rating} />
              </td>
              <td>{reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
