import { TableRegion } from '../../components/table-region';
import type { AgreementTable } from '../../domain/agreement/agreement-table';
import { localize } from '../../domain/localize';
import { agreementMessages } from '../../i18n/messages/agreement';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';
import { useAgreementFormat } from './agreement-format';

const CAPTION_ID = 'overensstammelse-tabell';

/** Per area and over all statements: the units, the share of them scored alike, and alpha. */
export function AgreementSummaryTable({ rows, roundName }: { rows: AgreementTable['rows']; roundName: string }) {
  const { t } = useTranslation(agreementMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const format = useAgreementFormat();
  const areaTitle = (id: string) => {
    const area = instrument.areas.find((candidate) => candidate.area.id === id);
    return area ? localize(area.area.shortTitle, lang) : '';
  };
  return (
    <TableRegion captionId={CAPTION_ID} pinFirstColumn>
      <table className="agreement-table">
        <caption id={CAPTION_ID}>{t('table.caption', { round: roundName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.statements')}</th>
            <th scope="col" className="agreement-number">{t('table.units')}</th>
            <th scope="col" className="agreement-number">{t('table.unanimous')}</th>
            <th scope="col" className="agreement-number">{t('table.alpha')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.areaId ?? 'alla'} className={row.areaId === null ? 'agreement-table__all' : undefined}>
              <th scope="row">
                {row.areaId === null ? (
                  t('table.all')
                ) : (
                  <>
                    {t('table.area', { id: row.areaId })} <span className="agreement-table__area-title">{areaTitle(row.areaId)}</span>
                  </>
                )}
              </th>
              <td className="agreement-number">{row.units}</td>
              <td className="agreement-number">{format.share(row.unanimous)}</td>
              <td className="agreement-number">{format.coefficient(row.alpha)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
