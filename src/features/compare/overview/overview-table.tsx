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
import { NOT_RATED_LABEL } from '../../../domain/rating/rate-area';
import { overviewMessages } from '../../../i18n/messages/overview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';
import { SortHeader } from '../shared/sort-header';
// The cells are coloured by level like a level badge (`level--0` … `level--2`, `level--none`).
import '../../../components/level-badge.css';

export const cellKey = (cell: CellRef) => `${cell.countyCode}-${cell.areaId}`;
export const REASONS_ID = 'overview-reasons';
const CAPTION_ID = 'overview-caption';
const FOOTER_KEYS = ['footer.weakest', 'footer.middle', 'footer.strongest'] as const;

type Props = {
  rows: OverviewRow[];
  counts: AreaCounts[];
  sort: OverviewSort;
  onSort: (key: OverviewSortKey) => void;
  open: CellRef | null;
  onOpen: (cell: CellRef) => void;
};

/** The matrix: one row per county, one column per area, each cell the level as text and fill. */
export function OverviewTable({ rows, counts, sort, onSort, open, onOpen }: Props) {
  const { t } = useTranslation(overviewMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const sortedBy = (key: OverviewSortKey) => (sameOverviewKey(sort.key, key) ? sort.direction : null);
  const areaName = (id: string) => {
    const area = instrument.areas.find((candidate) => candidate.area.id === id);
    return area ? t('table.area', { id, title: localize(area.area.title, lang) }) : id;
  };

  return (
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
                {areaName(area.id)}
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ county, ratings }) => (
            <tr key={county.code}>
              <th scope="row">
                <a href={`#/lan/${county.code}`}>{county.name}</a>
              </th>
              {ratings.map((rating) => {
                const cell = { countyCode: county.code, areaId: rating.areaId };
                const expanded = open !== null && cellKey(open) === cellKey(cell);
                const level = localize(rating.status === 'rated' ? rating.label : NOT_RATED_LABEL, lang);
                return (
                  <td key={rating.areaId}>
                    <button
                      type="button"
                      className={`overview-cell level level--${rating.status === 'rated' ? rating.level : 'none'}`}
                      data-cell={cellKey(cell)}
                      aria-label={t('table.cellLabel', { county: county.name, id: rating.areaId, level })}
                      aria-expanded={expanded}
                      aria-controls={expanded ? REASONS_ID : undefined}
                      onClick={() => onOpen(cell)}
                    >
                      {level}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {FOOTER_KEYS.map((key, index) => (
            <tr key={key}>
              <th scope="row">
                <span className={`level level--${index}`}>{t(key)}</span>
              </th>
              {counts.map((area) => (
                <td key={area.areaId} className="overview-count">
                  {area.levels.find((level) => level.level === index)?.count ?? 0}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">
              <span className="level level--none">{t('footer.notRated')}</span>
            </th>
            {counts.map((area) => (
              <td key={area.areaId} className="overview-count">
                {area.notRated}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
