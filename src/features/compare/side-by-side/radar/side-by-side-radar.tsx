import { useRef } from 'react';
import { Symbols } from 'recharts';
import { ExportButtons } from '../../../../components/figure/export-buttons';
import type { SheetPart } from '../../../../components/figure/sheet-download';
import { useDrawingWidth } from '../../../../components/figure/use-drawing-width';
import { useSheetTexts } from '../../../../components/figure/use-sheet-texts';
import type { RadarRow } from '../../../../domain/compare/side-by-side';
import type { County } from '../../../../domain/criteria/counties-schema';
import { sideBySideMessages } from '../../../../i18n/messages/side-by-side';
import { useTranslation } from '../../../../i18n/use-translation';
import { useMeanFormat } from '../side-by-side-format';
import { RADAR_WIDTH, SideBySideRadarChart, type RadarSeries } from './side-by-side-radar-chart';
import { SideBySideRadarTable } from './side-by-side-radar-table';
import { MEDIAN_SERIES, countySeries } from './side-by-side-series';

type Props = {
  /** The chosen counties that have at least one score: only they get a line. */
  counties: readonly County[];
  rows: readonly RadarRow[];
};

/** Mean score per area for each county against the national median: a radar, its legend and a table. */
export function SideBySideRadar({ counties, rows }: Props) {
  const { t } = useTranslation(sideBySideMessages);
  const format = useMeanFormat();
  const chartRef = useRef<HTMLDivElement>(null);
  const sheetTexts = useSheetTexts();
  // The section is always there, the radar only once a county is scored: the width is measured on it.
  const sectionRef = useRef<HTMLElement>(null);
  const chartWidth = useDrawingWidth(sectionRef, RADAR_WIDTH);
  const series: RadarSeries[] = [
    ...counties.map((county, index) => ({
      key: `lan${county.code}`,
      name: county.name,
      style: countySeries(index),
      values: rows.map((row) => row.means[index] ?? null),
    })),
    { key: 'median', name: t('radar.median'), style: MEDIAN_SERIES, values: rows.map((row) => row.median) },
  ];
  const spoken = series
    .map((line) => {
      const values = line.values
        .map((value, i) => t('radar.value', { area: rows[i]?.areaId ?? '', value: value === null ? t('radar.noMean') : format(value) }))
        .join(', ');
      return t('radar.series', { name: line.name, values });
    })
    .join('; ');
  const title = t('radar.exportTitle', { names: counties.map((county) => county.name).join(', ') });
  const sheetPart = (): SheetPart => ({
    title,
    description: spoken,
    lines: [t('radar.caption')],
    legend: series.map((line) => ({ mark: 'line', label: line.name, colour: line.style.colour, dash: line.style.dash, lineWidth: line.style.width, roundCaps: line.style === MEDIAN_SERIES })),
    emptyText: t('radar.noneScored'),
    svg: chartRef.current?.querySelector('svg') ?? null,
  });

  return (
    <section ref={sectionRef} className="side-by-side-section" aria-labelledby="sida-vid-sida-radar">
      <h2 id="sida-vid-sida-radar">{t('radar.heading')}</h2>
      <p className="prose">{t('radar.intro')}</p>
      {counties.length === 0 ? (
        <p className="empty-note">{t('radar.noneScored')}</p>
      ) : (
        <>
          <div ref={chartRef} className="side-by-side-radar" role="img" aria-label={t('radar.chartName', { series: spoken })}>
            {/* The median is drawn first and the counties over it, so a county equal to it stays in view. */}
            <SideBySideRadarChart series={[...series].reverse()} areaIds={rows.map((row) => row.areaId)} width={chartWidth} />
          </div>
          <ul className="side-by-side-legend" aria-label={t('radar.legend')}>
            {series.map((line) => (
              <li key={line.key}>
                <svg width="56" height="18" viewBox="0 0 56 18" aria-hidden="true" focusable="false">
                  <line
                    x1="2"
                    x2="54"
                    y1="9"
                    y2="9"
                    stroke={line.style.colour}
                    strokeWidth={line.style.width}
                    strokeDasharray={line.style.dash}
                    strokeLinecap={line.style.dash === MEDIAN_SERIES.dash ? 'round' : 'butt'}
                  />
                  <Symbols type={line.style.symbol} size={64} cx={28} cy={9} fill={line.style.colour} />
                </svg>
                {line.name}
              </li>
            ))}
          </ul>
          <ExportButtons
            name={t('radar.exportName')}
            request={(kind) => ({ kind, title, parts: [sheetPart()], footer: sheetTexts.footer, lang: sheetTexts.lang })}
          />
          <SideBySideRadarTable series={series} rows={rows} />
        </>
      )}
    </section>
  );
}
