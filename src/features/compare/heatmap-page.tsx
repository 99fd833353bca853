import { useMemo } from 'react';
import { CompareNav } from '../../components/compare-nav';
import { CoverageNote } from '../../components/coverage-note';
import {
  heatmapGroups,
  heatmapRows,
  heatmapSortParams,
  parseHeatmapSort,
  sameHeatmapKey,
  sortHeatmapRows,
  statementDistributions,
  type HeatmapSort,
  type HeatmapSortKey,
} from '../../domain/compare/heatmap';
import { countyCoverage, nextSort } from '../../domain/compare/overview';
import { localize } from '../../domain/localize';
import { useLang } from '../../i18n/use-lang';
import { setHashParams } from '../../lib/hash-route';
import { useInstrument, useWorkspace } from '../../providers/services';
import { HeatmapCsvDownload } from './heatmap-csv-download';
import { HeatmapTable } from './heatmap-table';
import { useTranslation } from '../../i18n/use-translation';
import { heatmapMessages } from '../../i18n/messages/heatmap';

/** Påståenden: every county's score on every statement, sortable, with each statement's distribution. */
export default function HeatmapPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(heatmapMessages);
  const lang = useLang();
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const rows = useMemo(() => heatmapRows(instrument, { assessments }), [instrument, assessments]);
  const groups = useMemo(() => heatmapGroups(instrument), [instrument]);
  const distributions = useMemo(() => statementDistributions(instrument, rows), [instrument, rows]);
  const coverage = useMemo(() => countyCoverage(instrument, { assessments }), [instrument, assessments]);
  const sort = parseHeatmapSort(params, instrument);
  const heatmap = { groups, rows: sortHeatmapRows(rows, sort), distributions, coverage };

  const onSort = (key: HeatmapSortKey) => setHashParams(heatmapSortParams(nextSort(sort, key, sameHeatmapKey)));

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <CompareNav current="/jamfor/pastaenden" />
      <p>{t('intro')}</p>
      <CoverageNote coverage={coverage} messages={heatmapMessages} />
      <ul className="heatmap-legend" aria-label={t('legend.label')}>
        {instrument.criteria.scale.map((step) => (
          <li key={step.value} className={`heatmap-cell--${step.value}`}>
            {t('legend.score', { score: step.value, label: localize(step.label, lang) })}
          </li>
        ))}
        <li className="heatmap-cell--none">{t('legend.unscored')}</li>
      </ul>
      <p role="status" className="compare-sort-status">
        <SortStatus sort={sort} />
      </p>
      <HeatmapTable heatmap={heatmap} sort={sort} onSort={onSort} />
      <HeatmapCsvDownload heatmap={heatmap} />
      <details className="heatmap-statements">
        <summary>{t('statements.summary')}</summary>
        {groups.map((group) => (
          <section key={group.areaId} aria-labelledby={`heatmap-area-${group.areaId}`}>
            <h2 id={`heatmap-area-${group.areaId}`}>{t('table.area', { id: group.areaId, title: localize(group.title, lang) })}</h2>
            <ul>
              {group.statementIds.map((id) => (
                <li key={id}>{`${id} ${localize(instrument.statementById.get(id)?.text ?? { sv: '' }, lang)}`}</li>
              ))}
            </ul>
          </section>
        ))}
      </details>
    </>
  );
}

function SortStatus({ sort }: { sort: HeatmapSort }) {
  const { t } = useTranslation(heatmapMessages);
  const { key } = sort;
  if (key.by === 'order') return <>{t('table.unsorted')}</>;
  const column =
    key.by === 'name' ? t('table.county') : key.by === 'total' ? t('table.total') : t('table.statementColumn', { id: key.statementId });
  const direction = t(sort.direction === 'asc' ? 'table.ascending' : 'table.descending');
  return <>{t('table.sortedBy', { column, direction })}</>;
}
