import { useId } from 'react';
import type { AreaChange } from '../../domain/change/level-change';
import { localize } from '../../domain/localize';
import { changeMessages } from '../../i18n/messages/change';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';
import { TableRegion } from '../table-region';
import './change.css';

/**
 * "Förändring per område": per area how many counties have a higher, the same or a lower level
 * than in the earlier round, and how many cannot be compared.
 */
export function ChangeTable({ areas }: { areas: readonly AreaChange[] }) {
  const { t } = useTranslation(changeMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const captionId = useId();
  const shortTitle = (areaId: string) => {
    const area = instrument.areas.find((candidate) => candidate.area.id === areaId);
    return area ? localize(area.area.shortTitle, lang) : '';
  };
  return (
    <TableRegion captionId={captionId}>
      <table className="change-table">
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.area')}</th>
            <th scope="col">{t('table.higher')}</th>
            <th scope="col">{t('table.same')}</th>
            <th scope="col">{t('table.lower')}</th>
            <th scope="col">{t('table.notComparable')}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.areaId}>
              <th scope="row">
                {t('table.areaName', { id: area.areaId })} <span className="change-table__title">{shortTitle(area.areaId)}</span>
              </th>
              <td>{area.higher.length}</td>
              <td>{area.same.length}</td>
              <td>{area.lower.length}</td>
              <td>
                {area.notComparable.length}
                {area.ruleDiffers && <span className="change-table__note"> ({t('table.ruleDiffers')})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
