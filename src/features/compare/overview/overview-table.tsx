import { Fragment, type ReactNode } from 'react';
import { SortHeader } from '../../../components/sort-header';
import { TableRegion } from '../../../components/table-region';
import {
  sameOverviewKey,
  type AreaCounts,
  type CellRef,
  type OverviewRow,
  type OverviewSort,
  type OverviewSortKey,
} from '../../../domain/compare/overview';
import { localize } from '../../../domain/localize';
import { levelNumber } from '../../../domain/rating/level-number';
import { ratingLabel } from '../../../domain/rating/rating-label';
import { overviewMessages } from '../../../i18n/messages/overview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useRoundHref } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { OverviewFooter } from './overview-footer';
// The cells are coloured by level like a level badge (`level--0` … `level--2`, `level--none`).
import '../../../components/level-badge.css';

export const cellKey = (cell: CellRef) => `${cell.countyCode}-${cell.areaId}`;
export const REASONS_ID = 'overview-reasons';
const CAPTION_ID = 'overview-caption';

type Props = {
  rows: OverviewRow[];
  counts: AreaCounts[];
  sort: OverviewSort;
  onSort: (key: OverviewSortKey) => void;
  open: CellRef | null;
  onOpen: (cell: CellRef) => void;
  /** The open cell's reasons, shown in a row of their own right under the cell's county. */
  reasons: ReactNode;
};

/**
 * The matrix: one row per county, one column per area, each cell the level's number (1 the
 * weakest) on the level's fill, so that all 21 counties fit on one screen. The number is text, so
 * the fill is never alone, and each cell's name says the county, the area and the level in words.
 */
export function OverviewTable({ rows, counts, sort, onSort, open, onOpen, reasons }: Props) {
  const roundHref = useRoundHref();
  const { t } = useTranslation(overviewMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const sortedBy = (key: OverviewSortKey) => (sameOverviewKey(sort.key, key) ? sort.direction : null);
  const columns = instrument.areas.length + 1;

  return (
    <>
    <TableRegion captionId={CAPTION_ID} pinFirstColumn>
      <table className="overview-table">
        <caption id={CAPTION_ID}>{t('table.caption')}</caption>
        <thead>
          <tr>
            <SortHeader sorted={sortedBy({ by: 'name' })} onSort={() => onSort({ by: 'name' })}>
              {t('table.county')}
            </SortHeader>
            {instrument.areas.map(({ area }) => (
              <SortHeader key={area.id} sorted={sortedBy({ by: 'area', areaId: area.id })} onSort={() => onSort({ by: 'area', areaId: area.id })}>
                {/* On a phone the column says its area's number; the full name stays for screen readers. */}
                <span className="overview-area-name">{t('table.area', { id: area.id, title: localize(area.shortTitle, lang) })}</span>
                <span className="overview-area-number" aria-hidden="true">
                  {area.id}
                </span>
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ county, ratings }) => {
            const reasonsHere = open !== null && open.countyCode === county.code;
            return (
              <Fragment key={county.code}>
                <tr className={reasonsHere ? 'overview-row--open' : undefined}>
                  <th scope="row">
                    <a href={roundHref(`#/lan/${county.code}`)}>{county.name}</a>
                  </th>
                  {ratings.map((rating) => {
                    const cell = { countyCode: county.code, areaId: rating.areaId };
                    const expanded = reasonsHere && open.areaId === rating.areaId;
                    const label = ratingLabel(rating, lang);
                    const number = rating.status === 'rated' ? levelNumber(rating.level) : null;
                    const byGroup = rating.status === 'rated' && rating.group !== undefined;
                    return (
                      <td key={rating.areaId}>
                        <button
                          type="button"
                          className={`overview-cell level level--${rating.status === 'rated' ? rating.level : 'none'}`}
                          data-cell={cellKey(cell)}
                          aria-label={t('table.cellLabel', {
                            county: county.name,
                            id: rating.areaId,
                            level: number === null ? label : t(byGroup ? 'table.cellGroupLevel' : 'table.cellLevel', { number, label }),
                          })}
                          aria-expanded={expanded}
                          aria-controls={expanded ? REASONS_ID : undefined}
                          onClick={() => onOpen(cell)}
                        >
                          {number ?? label}
                          {byGroup && <span aria-hidden="true">{t('table.groupMark')}</span>}
                        </button>
                      </td>
                    );
                  })}
                </tr>
                {reasonsHere && (
                  <tr className="overview-reasons-row">
                    <td colSpan={columns}>{reasons}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        <OverviewFooter counts={counts} />
      </table>
    </TableRegion>
    {rows.some(({ ratings }) => ratings.some((rating) => rating.status === 'rated' && rating.group)) && <p>{t('table.groupNote')}</p>}
    </>
  );
}
