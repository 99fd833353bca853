import { useMemo, useState } from 'react';
import { localize } from '../../domain/localize';
import { reportCoverage } from '../../domain/report/county-reports';
import { lastChangedAt } from '../../domain/workspace/stamps';
import { reportMessages } from '../../i18n/messages/report';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundScores } from '../../providers/round-in-use';
import { useInstrument, useWorkspace } from '../../providers/services';

/** ISO 8601 (2026-11-25) in both languages: unambiguous in a printed report. */
const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The report's title and what it is built from: the criteria and their version, when the scores
 * and notes last changed, the day the report was made, how many counties. Two dates, because a
 * report printed today may show data entered weeks ago.
 */
export function ReportTitleBlock() {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const stamps = useWorkspace((state) => state.stamps);
  const coverage = useMemo(() => reportCoverage(instrument, roundScores), [instrument, roundScores]);
  const { round } = useRound();
  const changedAt = useMemo(() => lastChangedAt(stamps, round.id), [stamps, round.id]);
  // The date the page was opened; fixed while it is shown, so printing later does not re-render it.
  const [today] = useState(() => DATE_FORMAT.format(new Date()));
  const { criteria } = instrument;

  return (
    <section className="report-title" aria-labelledby="rapport-titel">
      <h2 id="rapport-titel" className="report-title__name">
        {t('meta.title')}
      </h2>
      <p className="report-title__criteria">{localize(criteria.title, lang)}</p>
      <dl className="report-title__facts">
        <div>
          <dt>{t('meta.round')}</dt>
          <dd>{t('meta.roundValue', { name: round.name, period: round.period })}</dd>
        </div>
        <div>
          <dt>{t('meta.criteriaVersion')}</dt>
          <dd>{t('meta.criteriaVersionValue', { id: criteria.id })}</dd>
        </div>
        <div>
          <dt>{t('meta.dataDate')}</dt>
          <dd>{changedAt === null ? t('meta.dataDateUnknown') : DATE_FORMAT.format(new Date(changedAt))}</dd>
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
