import type { ReactNode } from 'react';
import { TableRegion } from '../../components/table-region';
import type { Totals } from '../../domain/informants/informant-totals';
import { informantsMessages } from '../../i18n/messages/informants';
import { useTranslation } from '../../i18n/use-translation';

type Row = { id: string; header: ReactNode; totals: Totals };

/** Organisations, people met on a visit, by phone and in all: a row per county or tier, and "Totalt" at the foot. */
export function TotalsTable({ captionId, caption, heading, rows, total }: { captionId: string; caption: string; heading: string; rows: readonly Row[]; total: Totals }) {
  const { t } = useTranslation(informantsMessages);
  const cells = (totals: Totals) => (
    <>
      <td>{totals.organisations}</td>
      <td>{totals.visit}</td>
      <td>{totals.phone}</td>
      <td>{totals.total}</td>
    </>
  );
  return (
    <TableRegion captionId={captionId}>
      <table className="informants-totals">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">{t('table.organisations')}</th>
            <th scope="col">{t('table.visit')}</th>
            <th scope="col">{t('table.phone')}</th>
            <th scope="col">{t('table.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.header}</th>
              {cells(row.totals)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('table.total')}</th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
