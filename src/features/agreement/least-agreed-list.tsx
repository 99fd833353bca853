import { TableRegion } from '../../components/table-region';
import type { LeastAgreedStatement } from '../../domain/agreement/least-agreed';
import type { RoundRaterScores } from '../../domain/agreement/round-rater-scores';
import { localize } from '../../domain/localize';
import { agreementMessages } from '../../i18n/messages/agreement';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { withRoundParam } from '../../providers/round-in-use';
import { useInstrument } from '../../providers/services';
import { useAgreementFormat } from './agreement-format';

type Props = { statements: LeastAgreedStatement[]; raters: readonly RoundRaterScores[]; roundId: string; max: number };

/**
 * The statements the raters differ on most, each with the counties where they differ, every
 * rater's score, and a link to the county's reconciliation, where the group agrees on one score.
 */
export function LeastAgreedList({ statements, raters, roundId, max }: Props) {
  const { t } = useTranslation(agreementMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const format = useAgreementFormat();
  const countyName = (code: string) => instrument.counties.find((county) => county.code === code)?.name ?? code;
  return (
    <section aria-labelledby="overensstammelse-minst">
      <h2 id="overensstammelse-minst">{t('least.heading')}</h2>
      {statements.length === 0 ? (
        <p className="empty-note">{t('least.none')}</p>
      ) : (
        <>
          <p>{t('least.intro', { max })}</p>
          <ol className="agreement-least">
            {statements.map((statement) => {
              const { statementId: id } = statement;
              const text = instrument.statementById.get(id)?.text;
              const captionId = `overensstammelse-${id.replace(/\W/g, '-')}`;
              return (
                <li key={id}>
                  <h3>{t('least.statement', { id, text: text ? localize(text, lang) : '' })}</h3>
                  <p>
                    {t('least.summary', {
                      differ: statement.disagreements.length,
                      units: statement.units,
                      percent: format.percent(statement.unanimous),
                    })}
                  </p>
                  <TableRegion captionId={captionId}>
                    <table className="agreement-table">
                      <caption id={captionId}>{t('least.caption', { id })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('least.county')}</th>
                          {raters.map((rater) => (
                            <th key={rater.rater} scope="col" className="agreement-number">
                              {rater.name}
                            </th>
                          ))}
                          <th scope="col">{t('least.reconcile')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {statement.disagreements.map(({ county, scores }) => (
                          <tr key={county}>
                            <th scope="row">{countyName(county)}</th>
                            {scores.map((score, i) => (
                              <td key={raters[i]?.rater ?? i} className="agreement-number">
                                {format.score(score)}
                              </td>
                            ))}
                            <td>
                              <a href={withRoundParam(`#/lan/${county}/samsyn`, roundId)}>{t('least.reconcileLink', { county: countyName(county) })}</a>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableRegion>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
