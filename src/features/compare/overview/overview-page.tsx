import { useEffect, useRef } from 'react';
import { RankingCaveat } from '../../../components/ranking-caveat';
import { buildOverview, sameOverviewKey, type CellRef, type OverviewSortKey } from '../../../domain/compare/overview';
import { nextSort } from '../../../domain/compare/sorting';
import { localize } from '../../../domain/localize';
import { overviewMessages } from '../../../i18n/messages/overview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { setHashParams } from '../../../lib/hash-route';
import { useRoundScores } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { CompareNav } from '../shared/compare-nav';
import { CoverageNote } from '../shared/coverage-note';
import { OverviewCsvDownload } from './overview-csv-download';
import { OverviewLegend } from './overview-legend';
import { openCellUpdates, overviewSortUpdates, readOpenCell, readOverviewSort } from './overview-params';
import { OverviewReasons, REASONS_HEADING_ID } from './overview-reasons';
import { OverviewTable, cellKey } from './overview-table';
import '../../../components/compare-sort.css';
import './overview.css';

/** Överblick: every county's level in every area, sortable, with the reasons under the chosen cell's row. */
export default function OverviewPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(overviewMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const sort = readOverviewSort(params, instrument);
  // 21 counties are rated in well under a millisecond: no memo needed for a page shown on its own.
  const { rows, counts, coverage } = buildOverview(instrument, roundScores, sort);
  const open = readOpenCell(params, instrument);

  // Where focus goes after the address has changed: the opened panel, or back to the cell that opened it.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    const element = target === REASONS_HEADING_ID ? document.getElementById(target) : document.querySelector(`[data-cell="${target}"]`);
    if (element instanceof HTMLElement) element.focus();
  });

  const onSort = (key: OverviewSortKey) => setHashParams(overviewSortUpdates(nextSort(sort, key, sameOverviewKey)));
  const onClose = () => {
    if (open) focusNext.current = cellKey(open);
    setHashParams(openCellUpdates(null));
  };
  // A cell is a disclosure button: choosing the open one again closes its reasons.
  const onOpen = (cell: CellRef) => {
    if (open && cellKey(open) === cellKey(cell)) return onClose();
    focusNext.current = REASONS_HEADING_ID;
    setHashParams(openCellUpdates(cell));
  };

  const sortedColumn = (() => {
    const { key } = sort;
    if (key.by === 'name') return t('table.county');
    const area = key.by === 'area' ? instrument.areas.find((candidate) => candidate.area.id === key.areaId) : undefined;
    return area ? t('table.area', { id: area.area.id, title: localize(area.area.shortTitle, lang) }) : null;
  })();

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <CompareNav current="/jamfor" />
      <p>{t('intro')}</p>
      <CoverageNote coverage={coverage} messages={overviewMessages} />
      {/* Beside the sorting: a sorted column is not a ranking of the counties. */}
      <RankingCaveat />
      <p role="status" className="compare-sort-status">
        {sortedColumn === null
          ? t('table.unsorted')
          : t('table.sortedBy', { column: sortedColumn, direction: t(sort.direction === 'asc' ? 'table.ascending' : 'table.descending') })}
      </p>
      <OverviewTable
        rows={rows}
        counts={counts}
        sort={sort}
        onSort={onSort}
        open={open}
        onOpen={onOpen}
        reasons={open && <OverviewReasons cell={open} onClose={onClose} />}
      />
      <OverviewLegend />
      <OverviewCsvDownload rows={rows} />
    </>
  );
}
