import { useTranslation } from 'react-i18next';
import { LevelBadge } from '../../components/level-badge';
import { localize } from '../../domain/localize';
import type { CountyReport } from '../../domain/report/county-reports';
import { useLang } from '../../i18n/use-lang';
import { CountyStatementsTable } from './county-statements-table';

/** One county: its level in every area with the reason, then every statement's score and note. */
export function ReportCounty({ report, total }: { report: CountyReport; total: number }) {
  const { t } = useTranslation('report');
  const lang = useLang();
  const { county } = report;
  const headingId = `rapport-lan-${county.code}`;

  return (
    <section className="report-county" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('counties.county', { name: county.name, code: county.code })}</h3>
      <p>{t('counties.scored', { scored: report.scored, total })}</p>
      <table className="report-county__levels">
        <caption>{t('counties.levelsCaption', { name: county.name })}</caption>
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
      <CountyStatementsTable report={report} />
    </section>
  );
}
