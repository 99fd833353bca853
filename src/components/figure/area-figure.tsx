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
 * One figure with its heading, chart, downloads and table; on a wide screen the table stands beside
 * the chart (decision 021). A score change re-rates every area, so the figure is left alone unless
 * its own counts or counties changed: redrawing six charts for one click is what made the figures
 * page slow.
 */
export const AreaFigure = memo(function AreaFigure({ distribution, exportable = false }: Props) {
  const { t } = useTranslation(figuresMessages);
  const { t: tExport } = useTranslation(figureExportMessages);
  const lang = useLanguage();
  const descriptionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const sheetTexts = useSheetTexts();
  // The chart's column is always there, the chart only once a county is rated: the width is
  // measured on the column, which is the whole figure's width on a phone and beside the table on a
  // wide screen.
  const columnRef = useRef<HTMLDivElement>(null);
  const chartWidth = useDrawingWidth(columnRef, FIGURE_WIDTH);
  const caption = t('caption', { figure: distribution.figure, title: localize(distribution.title, lang) });
  const coverage = t('coverage', { rated: distribution.ratedCount, total: distribution.total });
  const headingId = `figur-${distribution.figure}`;
  const spoken = sheetTexts.describe(distribution);
  const notRated = distribution.notRated.map((county) => county.name).join(', ');

  return (
    <section className="area-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{caption}</h2>
      <p className="area-figure__coverage">
        {coverage}
        {notRated !== '' && <span className="area-figure__not-rated"> {t('notRatedList', { names: notRated })}</span>}
        {distribution.levels.some((level) => level.byGroup.length > 0) && <span> {t('groupNote')}</span>}
      </p>
      {/* The table follows the chart in reading order wherever it stands: beside it on a wide screen. */}
      <div className="area-figure__body">
        <div ref={columnRef} className="area-figure__chart-column">
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
        </div>
        <FigureTable distribution={distribution} caption={caption} />
      </div>
    </section>
  );
}, (before, after) => before.exportable === after.exportable && sameDistribution(before.distribution, after.distribution));
