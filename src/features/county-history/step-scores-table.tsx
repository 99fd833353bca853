import { useId } from 'react';
import { TableRegion } from '../../components/table-region';
import type { HistoryStep } from '../../domain/change/county-history';
import { localize } from '../../domain/localize';
import { countyHistoryMessages } from '../../i18n/messages/county-history';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useLoadedInstrument } from '../../providers/round-in-use';


/**
 * The statements whose agreed score changed from one round to the next, with their text, in
 * instrument order; and how many statements are scored in only one of the two, which no change
 * can be read from.
 */
export function StepScoresTable({ step }: { step: HistoryStep }) {
  const { t } = useTranslation(countyHistoryMessages);
  const lang = useLanguage();
  const { statementById } = useLoadedInstrument();
  const captionId = useId();
  const names = { from: step.from.name, to: step.to.name };
  // "+1", "−2": with its sign, the minus the minus sign, from the catalogue. A statement listed here has changed.
  const signed = (delta: number) => (delta > 0 ? t('step.increase', { n: delta }) : t('step.decrease', { n: -delta }));

  return (
    <>
      <h3>{t('step.scoresTitle')}</h3>
      {step.statements.length === 0 ? (
        <p>{t('step.noChanges')}</p>
      ) : (
        <TableRegion captionId={captionId}>
          <table className="history-table history-scores">
            <caption id={captionId}>{t('step.scoresCaption', names)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('step.statement')}</th>
                <th scope="col">{t('step.scoreIn', { round: step.from.name })}</th>
                <th scope="col">{t('step.scoreIn', { round: step.to.name })}</th>
                <th scope="col">{t('step.change')}</th>
              </tr>
            </thead>
            <tbody>
              {step.statements.map((cell) => {
                const statement = statementById.get(cell.statementId);
                return (
                  <tr key={cell.statementId}>
                    <th scope="row">
                      <span className="history-scores__id">{cell.statementId}</span> {statement ? localize(statement.text, lang) : ''}
                    </th>
                    <td className="history-scores__number">{cell.from}</td>
                    <td className="history-scores__number">{cell.to}</td>
                    <td className="history-scores__number">{cell.delta === null ? '' : signed(cell.delta)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
      {step.uncompared > 0 && <p>{t('step.uncompared', { count: step.uncompared })}</p>}
    </>
  );
}
