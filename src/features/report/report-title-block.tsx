import { useMemo, useState } from 'react';
import { localize } from '../../domain/localize';
import { reportCoverage } from '../../domain/report/county-reports';
import { reportMessages } from '../../i18n/messages/report';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspace } from '../../providers/services';

/** ISO 8601 (2026-11-25) in both languages: unambiguous in a printed report. */
const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** What the report is built from: the criteria and their version, the date, how many counties. */
export function ReportTitleBlock() {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const coverage = useMemo(() => reportCoverage(instrument, { assessments }), [instrument, assessments]);
  // The date the page was opened; fixed while it is shown, so printing later does not re-render it.
  const [today] = useState(() => DATE_FORMAT.format(new Date()));
  const { criteria } = instrument;

  return (
    <section className="report-title" aria-labelledby="rapport-kriterier">
      <h2 id="rapport-kriterier">{localize(criteria.title, lang)}</h2>
      <dl className="report-title__facts">
        <div>
          <dt>{t('meta.criteriaVersion')}</dt>
          <dd>{t('meta.criteriaVersionValue', { id: criteria.id })}</dd>
        </div>
        <div>
          <dt>{t('meta.date')}</dt>
          <dd>{today}</dd>
        </div>
        <div>
          <dt>{t('meta.counties')}</dt>
          <dd>
            {t('meta.countiesValue', {
              rated: coverage.ratedInAllAreas,
              total: coverage.total,
              scored: coverage.withScores,
            })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
