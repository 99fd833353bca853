import { useMemo } from 'react';
import { countyReports } from '../../domain/report/county-reports';
import { reportMessages } from '../../i18n/messages/report';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRoundScores } from '../../providers/round-in-use';
import { useInstrument } from '../../providers/services';
import { ReportCounty } from './report-county';
import { useRoundChecks } from './use-round-checks';

/** Each county with a score or a summary in turn; the others are named once instead of printed empty. */
export function ReportCounties() {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const checks = useRoundChecks();
  const { reports, unscored } = useMemo(() => countyReports(instrument, roundScores, lang, checks), [instrument, roundScores, lang, checks]);

  return (
    <section className="report-counties" aria-labelledby="rapport-lan">
      <h2 id="rapport-lan">{t('counties.heading')}</h2>
      {unscored.length > 0 && <p>{t('counties.notScored', { names: unscored.map((county) => county.name).join(', ') })}</p>}
      {reports.map((report) => (
        <ReportCounty key={report.county.code} report={report} total={instrument.statements.length} />
      ))}
    </section>
  );
}
