import { TableRegion } from '../../components/table-region';
import type { AgreementTable } from '../../domain/agreement/agreement-table';
import { agreementMessages } from '../../i18n/messages/agreement';
import { useTranslation } from '../../i18n/use-translation';
import { useAgreementFormat } from './agreement-format';

const CAPTION_ID = 'overensstammelse-par';

/** Each pair of raters, named by their names: the units both scored and Cohen's kappa over them. */
export function RaterPairsTable({ pairs, nameOf, roundName }: { pairs: AgreementTable['pairs']; nameOf: (rater: string) => string; roundName: string }) {
  const { t } = useTranslation(agreementMessages);
  const format = useAgreementFormat();
  return (
    <section aria-labelledby="overensstammelse-par-rubrik">
      <h2 id="overensstammelse-par-rubrik">{t('pairs.heading')}</h2>
      <p>{t('pairs.intro')}</p>
      <TableRegion captionId={CAPTION_ID}>
        <table className="agreement-table">
          <caption id={CAPTION_ID}>{t('pairs.caption', { round: roundName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pairs.pair')}</th>
              <th scope="col" className="agreement-number">{t('pairs.units')}</th>
              <th scope="col" className="agreement-number">{t('pairs.kappa')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr key={`${pair.first}/${pair.second}`}>
                <th scope="row">{t('pairs.pairName', { first: nameOf(pair.first), second: nameOf(pair.second) })}</th>
                <td className="agreement-number">{pair.units}</td>
                <td className="agreement-number">{format.coefficient(pair.kappa)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
