import { TableRegion } from '../../components/table-region';
import type { County } from '../../domain/criteria/counties-schema';
import { localize } from '../../domain/localize';
import type { ReconciliationRow } from '../../domain/reconcile/reconciliation';
import type { Rater } from '../../domain/rounds/rater';
import { reconcileMessages } from '../../i18n/messages/reconcile';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';
import { AgreedScoreCell } from './agreed-score-cell';

/** Every statement with each shown rater's score, the spread, and the agreed score to set. */
export function ReconcileTable({ county, rows, raters }: { county: County; rows: readonly ReconciliationRow[]; raters: readonly Rater[] }) {
  const { t } = useTranslation(reconcileMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  return (
    <TableRegion captionId="samsyn-tabell">
      <table className="reconcile-table">
        <caption id="samsyn-tabell">{t('caption', { county: county.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statement')}</th>
            {raters.map((rater) => (
              <th scope="col" key={rater.id}>
                {rater.name}
              </th>
            ))}
            <th scope="col">{t('spread')}</th>
            <th scope="col">{t('agreed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const statement = instrument.statementById.get(row.statementId);
            const differs = row.spread !== null && row.spread > 0;
            return (
              <tr key={row.statementId} className={differs ? 'reconcile-table__differs' : undefined}>
                <th scope="row">
                  <span className="reconcile-table__id">{row.statementId}</span> {statement ? localize(statement.text, lang) : ''}
                </th>
                {row.scores.map((score, index) => (
                  <td key={raters[index]?.id ?? index} className="reconcile-table__score">
                    {score ?? '–'}
                  </td>
                ))}
                <td>{row.spread === null ? t('spreadNone') : differs ? <strong>{t('spreadValue', { spread: row.spread })}</strong> : t('spreadZero')}</td>
                <td>
                  <AgreedScoreCell county={county.code} row={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
