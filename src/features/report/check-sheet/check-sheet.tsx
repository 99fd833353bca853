import { useMemo, useState } from 'react';
import { countyReport } from '../../../domain/report/county-reports';
import { reportMessages } from '../../../i18n/messages/report';
import { Trans } from '../../../i18n/trans';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { isoDay } from '../../../lib/iso-day';
import { useRound, useRoundHref, useRoundScores } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { CountyLevelsTable } from '../county-levels-table';
import { CountyStatementsTable } from '../county-statements-table';
import '../report.css';
import { useRoundChecks } from '../use-round-checks';
import './check-sheet.css';
import { CheckSheetReply } from './check-sheet-reply';

/**
 * One county's check sheet (avstämning), to print and send to the county: the group's summary,
 * each area's level with its reasons, the agreed scores, notes and comments, and a part where the
 * county answers whether the picture is right. Rated by the criteria's own rule, never a variant.
 */
export function CheckSheet({ code }: { code: string }) {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const checks = useRoundChecks();
  const { round } = useRound();
  const roundHref = useRoundHref();
  // The day the sheet was opened; fixed while it is shown, so printing later does not re-render it.
  const [today] = useState(() => isoDay(new Date()));
  const county = instrument.counties.find((candidate) => candidate.code === code);
  const report = useMemo(() => county && countyReport(instrument, roundScores, county, lang, checks), [instrument, roundScores, county, lang, checks]);

  if (!county || !report) {
    return (
      <>
        <h1 tabIndex={-1}>{t('check.notFound')}</h1>
        <p>
          {/* Trans fills the anchor with the catalogue's link text, which the linter cannot see. */}
          {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
          <Trans t={t} i18nKey="check.notFoundText" values={{ code }} components={{ a: <a href="#/lan" /> }} />
        </p>
      </>
    );
  }

  return (
    <div className="report check-sheet">
      <h1 tabIndex={-1}>{t('check.title', { name: county.name, code: county.code })}</h1>
      <p className="prose report-intro">{t('check.screenIntro')}</p>
      <div className="report-controls" role="group" aria-label={t('controls.label')}>
        {/* The browser's print dialog also offers "Save as PDF". */}
        <button type="button" onClick={() => window.print()}>
          {t('controls.print')}
        </button>
        <a href={roundHref(`#/lan/${county.code}`)}>{t('check.back', { name: county.name })}</a>
      </div>
      <dl className="report-title__facts">
        <div>
          <dt>{t('check.county')}</dt>
          <dd>{t('counties.county', { name: county.name, code: county.code })}</dd>
        </div>
        <div>
          <dt>{t('check.round')}</dt>
          <dd>{t('meta.roundValue', { name: round.name, period: round.period })}</dd>
        </div>
        <div>
          <dt>{t('check.date')}</dt>
          <dd>{today}</dd>
        </div>
      </dl>
      <p className="prose">{t('check.letter')}</p>
      <section aria-labelledby="avstamning-sammanfattning">
        <h2 id="avstamning-sammanfattning">{t('check.summaryHeading')}</h2>
        {report.summary === '' ? (
          <p className="empty-note">{t('check.noSummary')}</p>
        ) : (
          <p className="check-sheet__summary prose">{report.summary}</p>
        )}
      </section>
      <section className="check-sheet__part" aria-labelledby="avstamning-nivaer">
        <h2 id="avstamning-nivaer">{t('check.levelsHeading')}</h2>
        <p className="prose">{t('check.levelsIntro')}</p>
        <CountyLevelsTable report={report} />
      </section>
      <section className="check-sheet__part" aria-labelledby="avstamning-pastaenden">
        <h2 id="avstamning-pastaenden">{t('check.statementsHeading')}</h2>
        <CountyStatementsTable report={report} />
      </section>
      <CheckSheetReply />
    </div>
  );
}
