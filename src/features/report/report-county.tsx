import type { CountyReport } from '../../domain/report/county-reports';
import { reportMessages } from '../../i18n/messages/report';
import { useTranslation } from '../../i18n/use-translation';
import { CountyLevelsTable } from './county-levels-table';
import { CountyStatementsTable } from './county-statements-table';

/**
 * One county: its level in every area with the reason, then every statement's score and note.
 * On paper the name and the levels stay together (report.css), so a county never starts with its
 * name alone at the foot of a page; the statements may run on to the next page.
 */
export function ReportCounty({ report, total }: { report: CountyReport; total: number }) {
  const { t } = useTranslation(reportMessages);
  const { county } = report;
  const headingId = `rapport-lan-${county.code}`;

  return (
    <section className="report-county" aria-labelledby={headingId}>
      <div className="report-county__head">
        <h3 id={headingId}>{t('counties.county', { name: county.name, code: county.code })}</h3>
        <p>{t('counties.scored', { scored: report.scored, total })}</p>
        <CountyLevelsTable report={report} />
      </div>
      <CountyStatementsTable report={report} />
    </section>
  );
}
