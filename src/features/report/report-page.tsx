import { useMemo } from 'react';
import { AreaFigure } from '../../components/figure/area-figure';
import { FiguresSummary } from '../../components/figure/figures-summary';
import { distributeAll } from '../../domain/rating/distribution';
import { reportMessages } from '../../i18n/messages/report';
import { useTranslation } from '../../i18n/use-translation';
import { setHashParams } from '../../lib/hash-route';
import { useInstrument, useWorkspace } from '../../providers/services';
import { ReportControls } from './report-controls';
import { ReportCounties } from './report-counties';
import { perCountyUpdates, readPerCounty } from './report-params';
import { ReportRule } from './report-rule';
import { ReportTitleBlock } from './report-title-block';
import './report.css';

/**
 * A print-ready report: the title block, the summary, Figur 1–6 with their tables, the rule in
 * words and, if chosen, a part per county. The same figure components as the figures page, so
 * the printed figures are the ones people see on screen.
 */
export default function ReportPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(reportMessages);
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const distributions = useMemo(() => distributeAll(instrument, { assessments }), [instrument, assessments]);
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
        <FiguresSummary distributions={distributions} />
        {distributions.map((distribution) => (
          <AreaFigure key={distribution.areaId} distribution={distribution} />
        ))}
        <ReportRule />
        {perCounty && <ReportCounties />}
      </div>
    </>
  );
}
