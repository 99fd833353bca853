import { useMemo } from 'react';
import { AreaFigure } from '../../components/figure/area-figure';
import { FiguresSummary } from '../../components/figure/figures-summary';
import { RankingCaveat } from '../../components/ranking-caveat';
import { VariantNotice } from '../../components/variant-notice';
import { distributeAll } from '../../domain/rating/distribution';
import { reportMessages } from '../../i18n/messages/report';
import { useTranslation } from '../../i18n/use-translation';
import { hrefWith, setHashParams } from '../../lib/hash-route';
import { useRoundScores } from '../../providers/round-in-use';
import { variantQuery, withoutVariantQuery } from '../../providers/rule-variant-params';
import { useInstrument, WithInstrument } from '../../providers/services';
import { useRuleVariantInstrument, type RuleVariantInstrument } from '../../providers/use-rule-variant-instrument';
import { CheckSheet } from './check-sheet/check-sheet';
import { ReportChange } from './report-change';
import { ReportControls } from './report-controls';
import { ReportCounties } from './report-counties';
import { perCountyUpdates, readCheckSheet, readPerCounty } from './report-params';
import { ReportRule } from './report-rule';
import { ReportTitleBlock } from './report-title-block';
import './report.css';

/**
 * A print-ready report: the title block, the summary, Figur 1–6 with their tables, the rule in
 * words and, if chosen, a part per county. The same figure components as the figures page, so
 * the printed figures are the ones people see on screen. One county's check sheet, to send to the
 * county, is printed from here too.
 */
export default function ReportPage({ params }: { params: URLSearchParams }) {
  const checkSheetCounty = readCheckSheet(params);
  return checkSheetCounty === null ? <RatedReport params={params} /> : <CheckSheet code={checkSheetCounty} />;
}

function RatedReport({ params }: { params: URLSearchParams }) {
  // A rule variant in the address (from the rule explorer) rates the whole report, marked as such.
  const read = useRuleVariantInstrument(params);
  return (
    <WithInstrument instrument={read.instrument}>
      <Report read={read} params={params} />
    </WithInstrument>
  );
}

function Report({ read, params }: { read: RuleVariantInstrument; params: URLSearchParams }) {
  const { t } = useTranslation(reportMessages);
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const distributions = useMemo(() => distributeAll(instrument, roundScores), [instrument, roundScores]);
  const perCounty = readPerCounty(params);

  return (
    <>
      {/* The page's name on screen; on paper the title block's report title takes its place. */}
      <h1 tabIndex={-1} className="report-page-heading">
        {t('title')}
      </h1>
      <p className="prose report-intro">{t('intro')}</p>
      <ReportControls
        perCounty={perCounty}
        onPerCountyChange={(checked) => setHashParams(perCountyUpdates(checked))}
      />
      <div className="report">
        <ReportTitleBlock />
        <VariantNotice read={read} explorerHref={`#/regler?${variantQuery(params)}`} defaultHref={hrefWith('#/rapport', withoutVariantQuery(params))} />
        {/* Inside the printed part, above the summary and the figures it qualifies. */}
        <RankingCaveat />
        <FiguresSummary distributions={distributions} />
        {distributions.map((distribution) => (
          <AreaFigure key={distribution.areaId} distribution={distribution} />
        ))}
        <ReportChange variant={read.changedCount > 0} />
        <ReportRule />
        {perCounty && <ReportCounties />}
      </div>
    </>
  );
}
