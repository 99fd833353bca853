import { useMemo } from 'react';
import type { RoundChange } from '../../components/change/use-round-change';
import { CsvDownload } from '../../components/csv-download';
import { readStatementSort, statementSortUpdates } from '../../components/statement-sort-params';
import { scoreChangeRows, sortScoreChangeRows, type ScoreChangeSort } from '../../domain/change/score-change';
import { nextSort, sameStatementSortKey } from '../../domain/compare/sorting';
import { toScoreChangeCsv } from '../../domain/csv/score-change-csv';
import { changeMessages } from '../../i18n/messages/change';
import { useTranslation } from '../../i18n/use-translation';
import { setHashParams } from '../../lib/hash-route';
import { ScoreChangeTable } from './score-change-table';
import { useHistoryHref } from './use-history-href';

const LEGEND = ['down2', 'down1', 'same', 'up1', 'up2', 'none'] as const;

/** Each county's change in agreed score on every statement, sortable like Påståenden, with its CSV. */
export function ScoreChangeSection({ change, params }: { change: RoundChange; params: URLSearchParams }) {
  const { t } = useTranslation(changeMessages);
  const historyHref = useHistoryHref(change);
  // The statements are the same in every revision; only the rule differs.
  const instrument = change.rules.to;
  const sort = readStatementSort(params, instrument);
  const unsorted = useMemo(() => scoreChangeRows(instrument, change.fromScores, change.toScores), [instrument, change.fromScores, change.toScores]);
  const rows = sortScoreChangeRows(unsorted, sort);
  const names = { from: change.from.name, to: change.to.name };
  const headings = { county: t('scores.county'), total: t('scores.total') };

  return (
    <section aria-labelledby="forandring-poang">
      <h2 id="forandring-poang">{t('scores.heading')}</h2>
      <p>{t('scores.intro', names)}</p>
      <ul className="change-heatmap-legend" aria-label={t('scores.legendLabel')}>
        {LEGEND.map((key) => (
          <li key={key} className={`change-cell--${key}`}>
            {t(`scores.legend.${key}`)}
          </li>
        ))}
      </ul>
      <p role="status" className="compare-sort-status">
        <SortStatus sort={sort} />
      </p>
      <ScoreChangeTable
        rows={rows}
        instrument={instrument}
        sort={sort}
        onSort={(key) => setHashParams(statementSortUpdates(nextSort(sort, key, sameStatementSortKey)))}
        caption={t('scores.caption', names)}
        historyHref={historyHref}
      />
      <CsvDownload
        note={t('csv.scoresNote')}
        files={[
          {
            label: t('csv.scores'),
            fileStem: `forandring-poang-${change.from.id}-${change.to.id}`,
            text: (delimiter) => toScoreChangeCsv(rows, instrument.statementIds, headings, delimiter),
          },
        ]}
      />
    </section>
  );
}

function SortStatus({ sort }: { sort: ScoreChangeSort }) {
  const { t } = useTranslation(changeMessages);
  const { key } = sort;
  if (key.by === 'order') return <>{t('scores.unsorted')}</>;
  const column = key.by === 'name' ? t('scores.county') : key.by === 'total' ? t('scores.total') : t('scores.statementColumn', { id: key.statementId });
  return <>{t('scores.sortedBy', { column, direction: t(sort.direction === 'asc' ? 'scores.ascending' : 'scores.descending') })}</>;
}
