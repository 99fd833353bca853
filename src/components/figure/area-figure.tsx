import { memo, useId, useRef } from 'react';
import { localize } from '../../domain/localize';
import { sameDistribution, type AreaDistribution } from '../../domain/rating/distribution';
import { figureExportMessages } from '../../i18n/messages/figure-export';
import { figuresMessages } from '../../i18n/messages/figures';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { ExportButtons } from './export-buttons';
import { FIGURE_WIDTH, FigureChart } from './figure-chart';
import { FigureTable } from './figure-table';
import { useDrawingWidth } from './use-drawing-width';
import { useSheetTexts } from './use-sheet-texts';
import './area-figure.css';

type Props = {
  distribution: AreaDistribution;
  /** Offers the figure as SVG and PNG files under the chart. */
  exportable?: boolean;
};

/**
 * One figure with its heading, chart, downloads and table. A score change re-rates every area, so
 * the figure is left alone unless its own counts or counties changed: redrawing six charts for one
 * click is what made the figures page slow.
 */
export const AreaFigure = memo(function AreaFigure({ distribution, exportable = false }: Props) {
  const { t } = useTranslation(figuresMessages);
  const { t: tExport } = useTranslation(figureExportMessages);
  const lang = useLanguage();
  const descriptionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const sheetTexts = useSheetTexts();
  // The section is always there, the chart only once a county is rated: the width is measured on it.
  const sectionRef = useRef<HTMLElement>(null);
  const chartWidth = useDrawingWidth(sectionRef, FIGURE_WIDTH);
  const caption = t('caption', { figure: distribution.figure, title: localize(distribution.title, lang) });
  const coverage = t('coverage', { rated: distribution.ratedCount, total: distribution.total });
  const headingId = `figur-${distribution.figure}`;
  const spoken = sheetTexts.describe(distribution);
  const notRated = distribution.notRated.map((county) => county.name).join(', ');

  return (
    <section ref={sectionRef} className="area-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{caption}</h2>
      <p className="area-figure__coverage">
        {coverage}
        {notRated !== '' && <span className="area-figure__not-rated"> {t('notRatedList', { names: notRated })}</span>}
      </p>
      {distribution.ratedCount === 0 ? (
        <p className="empty-note">{t('empty')}</p>
      ) : (
        <>
          <div
            ref={chartRef}
            className="figure-chart"
            data-figure={distribution.figure}
            role="img"
            aria-label={`${caption}. ${spoken}. ${coverage}.`}
            aria-describedby={descriptionId}
          >
            <FigureChart distribution={distribution} width={chartWidth} />
          </div>
          <p id={descriptionId} className="visually-hidden">
            {t('chartDescription')}
          </p>
          {exportable && (
            <ExportButtons
              name={tExport('figureName', { figure: distribution.figure })}
              request={(kind) => ({
                kind,
                title: caption,
                parts: [sheetTexts.figurePart(distribution, chartRef.current?.querySelector('svg') ?? null)],
                footer: sheetTexts.footer,
                lang,
              })}
            />
          )}
        </>
      )}
      <FigureTable distribution={distribution} caption={caption} />
    </section>
  );
}, (before, after) => before.exportable === after.exportable && sameDistribution(before.distribution, after.distribution));
