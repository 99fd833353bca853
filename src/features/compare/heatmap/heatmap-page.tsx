import { RankingCaveat } from '../../../components/ranking-caveat';
import { readStatementSort, statementSortUpdates } from '../../../components/statement-sort-params';
import { buildHeatmap, sameHeatmapKey, type HeatmapSort, type HeatmapSortKey } from '../../../domain/compare/heatmap';
import { nextSort } from '../../../domain/compare/sorting';
import { localize } from '../../../domain/localize';
import { heatmapMessages } from '../../../i18n/messages/heatmap';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { setHashParams } from '../../../lib/hash-route';
import { useRoundScores } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { CompareNav } from '../shared/compare-nav';
import { CoverageNote } from '../shared/coverage-note';
import { HeatmapCsvDownload } from './heatmap-csv-download';
import { HeatmapTable } from './heatmap-table';
import '../../../components/compare-sort.css';
import './heatmap.css';

/** Påståenden: every county's score on every statement, sortable, with each statement's distribution. */
export default function HeatmapPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(heatmapMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const sort = readStatementSort(params, instrument);
  // 21 counties × 32 statements: no memo needed for a page shown on its own.
  const heatmap = buildHeatmap(instrument, roundScores, sort);
  const { groups, coverage } = heatmap;

  const onSort = (key: HeatmapSortKey) => setHashParams(statementSortUpdates(nextSort(sort, key, sameHeatmapKey)));

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
      {/* Beside the sorting: a sorted column is not a ranking of the counties. */}
      <RankingCaveat />
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
