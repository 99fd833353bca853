import { useId, useRef } from 'react';
import type { AreaChange } from '../../domain/change/level-change';
import { localize } from '../../domain/localize';
import type { Round } from '../../domain/rounds/round';
import { changeMessages } from '../../i18n/messages/change';
import { figuresMessages } from '../../i18n/messages/figures';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { ExportButtons } from '../figure/export-buttons';
import { ROUND_COLOURS } from '../figure/level-colours';
import { useDrawingWidth } from '../figure/use-drawing-width';
import { useSheetTexts } from '../figure/use-sheet-texts';
import { CHANGE_FIGURE_WIDTH, ChangeFigureChart } from './change-figure-chart';
import { ChangeFigureTable } from './change-figure-table';
import { roundLabels } from './round-labels';
import './change.css';

type Props = { change: AreaChange; from: Round; to: Round };

/**
 * Figur N of two rounds side by side, under an `h3`: which bar is which round, the chart, its SVG
 * and PNG downloads, and the table with the counties of each round.
 */
export function ChangeFigure({ change, from, to }: Props) {
  const { t } = useTranslation(changeMessages);
  const { t: tFigures } = useTranslation(figuresMessages);
  const lang = useLanguage();
  const sheetTexts = useSheetTexts();
  const descriptionId = useId();
  const columnRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useDrawingWidth(columnRef, CHANGE_FIGURE_WIDTH);
  const labels = roundLabels(from, to);
  const names = { from: from.name, to: to.name };
  const title = tFigures('caption', { figure: change.figure, title: localize(change.title, lang) });
  const lines = [
    t('figures.coverage', { round: from.name, rated: change.from.ratedCount, total: change.from.total }),
    t('figures.coverage', { round: to.name, rated: change.to.ratedCount, total: change.to.total }),
    ...([change.from, change.to].some((figure) => figure.levels.some((level) => level.byGroup.length > 0)) ? [t('figures.groupNote')] : []),
  ];
  // The image travels without the table, so it names the counties at each level as Figur 1–6 do.
  const namesAt = (level: AreaChange['from']['levels'][number] | undefined) =>
    level?.counties.map((county) => (level.byGroup.includes(county.code) ? tFigures('table.byGroup', { name: county.name }) : county.name)).join(', ') || '–';
  const countyLines = change.from.levels.map((level, index) =>
    t('figures.countiesLine', { label: localize(level.label, lang), from: from.name, fromNames: namesAt(level), to: to.name, toNames: namesAt(change.to.levels[index]) }),
  );
  const legend = [
    { colour: ROUND_COLOURS[0], label: t('figures.legend', { short: labels.from, name: from.name }) },
    { colour: ROUND_COLOURS[1], label: t('figures.legend', { short: labels.to, name: to.name }) },
  ];
  const spoken = change.from.levels
    .map((level, index) =>
      t('figures.chartLevel', { label: localize(level.label, lang), from: level.count, fromName: from.name, to: change.to.levels[index]?.count ?? 0, toName: to.name }),
    )
    .join('; ');
  const empty = change.from.ratedCount + change.to.ratedCount === 0;
  const headingId = `forandring-figur-${change.figure}`;

  return (
    <section className="change-figure" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {lines.map((line, index) => (
        <p key={index} className="change-figure__line">
          {line}
        </p>
      ))}
      <ul className="change-legend" aria-label={t('figures.legendLabel')}>
        {legend.map((entry) => (
          <li key={entry.colour}>
            {/* An SVG swatch: printed in its colour, as a background might not be. */}
            <svg className="change-legend__swatch" width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={entry.colour} />
            </svg>
            {entry.label}
          </li>
        ))}
      </ul>
      <div ref={columnRef} className="change-figure__chart-column">
        {empty ? (
          <p className="empty-note">{t('figures.empty')}</p>
        ) : (
          <>
            <div ref={chartRef} className="figure-chart" data-figure={change.figure} role="img" aria-label={`${title}. ${spoken}.`} aria-describedby={descriptionId}>
              <ChangeFigureChart change={change} labels={labels} width={width} />
            </div>
            <p id={descriptionId} className="visually-hidden">
              {t('figures.chartDescription')}
            </p>
            <ExportButtons
              name={t('figures.exportName', { figure: change.figure })}
              request={(kind) => ({
                kind,
                title,
                parts: [
                  {
                    title,
                    description: `${spoken}. ${lines.join(' ')}`,
                    lines: [...lines, ...countyLines],
                    legend: legend.map((entry) => ({ mark: 'box', ...entry })),
                    emptyText: t('figures.empty'),
                    svg: chartRef.current?.querySelector('svg') ?? null,
                  },
                ],
                footer: sheetTexts.footer,
                lang,
              })}
            />
          </>
        )}
      </div>
      <ChangeFigureTable change={change} names={names} caption={t('figures.tableCaption', { figure: change.figure, title: localize(change.title, lang), from: from.name, to: to.name })} />
    </section>
  );
}
