import { useMemo, useRef } from 'react';
import { AreaFigure } from '../../components/figure/area-figure';
import { ExportButtons } from '../../components/figure/export-buttons';
import { FiguresSummary } from '../../components/figure/figures-summary';
import { useSheetTexts } from '../../components/figure/use-sheet-texts';
import { distributeAll } from '../../domain/rating/distribution';
import { figureExportMessages } from '../../i18n/messages/figure-export';
import { figuresMessages } from '../../i18n/messages/figures';
import { useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspace } from '../../providers/services';

/** Figur 1–6: per area, how many counties (and which) sit at each level. */
export default function FiguresPage() {
  const { t } = useTranslation(figuresMessages);
  const { t: tExport } = useTranslation(figureExportMessages);
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const distributions = useMemo(() => distributeAll(instrument, { assessments }), [instrument, assessments]);
  const figuresRef = useRef<HTMLDivElement>(null);
  const sheetTexts = useSheetTexts();
  const anyRated = distributions.some((distribution) => distribution.ratedCount > 0);

  // The sheet is drawn from the charts on this page, so it is exactly what the page shows.
  const chartOf = (figure: number) =>
    figuresRef.current?.querySelector<SVGSVGElement>(`[data-figure="${figure}"] svg`) ?? null;

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <FiguresSummary distributions={distributions} />
      {anyRated && (
        <section className="figure-sheet" aria-labelledby="figurer-ark">
          <h2 id="figurer-ark">{tExport('sheet.heading')}</h2>
          <p>{tExport('sheet.intro')}</p>
          <ExportButtons
            name={tExport('sheet.name')}
            request={(kind) => ({
              kind,
              title: tExport('sheet.title'),
              parts: distributions.map((distribution) => sheetTexts.figurePart(distribution, chartOf(distribution.figure))),
              footer: sheetTexts.footer,
              lang: sheetTexts.lang,
              columns: 2,
            })}
          />
        </section>
      )}
      <div ref={figuresRef}>
        {distributions.map((distribution) => (
          <AreaFigure key={distribution.areaId} distribution={distribution} exportable />
        ))}
      </div>
    </>
  );
}
