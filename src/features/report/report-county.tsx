import { StatusEntryText } from '../../components/status-entry-text';
import type { CountyReport } from '../../domain/report/county-reports';
import { reportMessages } from '../../i18n/messages/report';
import { useTranslation } from '../../i18n/use-translation';
import { CountyLevelsTable } from './county-levels-table';
import { CountyStatementsTable } from './county-statements-table';

/**
 * One county: where its check with the county stands, the group's summary, its level in every
 * area with the reason, then every statement's score and note with each area's comment.
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
        {report.status && (
          <p>
            {t('counties.checkStatus')} <StatusEntryText entry={report.status} />
          </p>
        )}
        {report.summary !== '' && (
          <>
            <h4>{t('counties.summary')}</h4>
            <p className="report-county__summary">{report.summary}</p>
          </>
        )}
        <CountyLevelsTable report={report} />
      </div>
      <CountyStatementsTable report={report} />
    </section>
  );
}
