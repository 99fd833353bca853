import { useId } from 'react';
import { StatementSortHead } from '../../components/statement-sort-head';
import { TableRegion } from '../../components/table-region';
import type { ScoreChangeRow, ScoreChangeSort, ScoreChangeSortKey } from '../../domain/change/score-change';
import type { Instrument } from '../../domain/criteria/instrument';
import { localize } from '../../domain/localize';
import { changeMessages } from '../../i18n/messages/change';
import { useLanguage, useTranslation } from '../../i18n/use-translation';

type Props = {
  rows: readonly ScoreChangeRow[];
  instrument: Instrument;
  sort: ScoreChangeSort;
  onSort: (key: ScoreChangeSortKey) => void;
  caption: string;
  historyHref: (code: string) => string;
};

/** A change as the table prints it, signed: "+1", "0", "−1" (the minus sign, as read aloud). */
const signedChange = (delta: number) => (delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0');

/** Fill classes of the diverging scale: down, the same, up; the value is printed in every cell too. */
const tone = (delta: number) => (delta <= -2 ? 'down2' : delta === -1 ? 'down1' : delta === 0 ? 'same' : delta === 1 ? 'up1' : 'up2');

/** A change as its signed number on its fill; none as a dash, read aloud as "Ej jämförbart". */
function ChangeCell({ delta, className = '' }: { delta: number | null; className?: string }) {
  const { t } = useTranslation(changeMessages);
  if (delta === null) {
    return (
      <td className={`change-cell change-cell--none ${className}`}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('scores.notComparable')}</span>
      </td>
    );
  }
  return <td className={`change-cell change-cell--${tone(delta)} ${className}`}>{signedChange(delta)}</td>;
}

/** Counties down, the statements across under their areas; sortable by county, total or a statement. */
export function ScoreChangeTable({ rows, instrument, sort, onSort, caption, historyHref }: Props) {
  const { t } = useTranslation(changeMessages);
  const lang = useLanguage();
  const captionId = useId();
  const statementText = (id: string) => `${id} ${localize(instrument.statementById.get(id)?.text ?? { sv: '' }, lang)}`;
  return (
    <TableRegion captionId={captionId}>
      <table className="change-heatmap">
        <caption id={captionId}>{caption}</caption>
        <colgroup span={2} />
        {instrument.areas.map((area) => (
          <colgroup key={area.area.id} span={area.statementIds.length} className="change-heatmap__group" />
        ))}
        <StatementSortHead
          groups={instrument.areas.map(({ area, statementIds }) => ({ areaId: area.id, statementIds, title: t('scores.area', { id: area.id, title: localize(area.shortTitle, lang) }) }))}
          county={t('scores.county')}
          total={t('scores.total')}
          sort={sort}
          onSort={onSort}
          statementText={statementText}
          statementClassName="change-heatmap__statement"
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.county.code}>
              <th scope="row">
                <a href={historyHref(row.county.code)}>{row.county.name}</a>
              </th>
              <ChangeCell delta={row.total} className="change-heatmap__total" />
              {row.cells.map((cell) => (
                <ChangeCell key={cell.statementId} delta={cell.delta} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
