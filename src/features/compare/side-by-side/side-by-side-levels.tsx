import { LevelBadge } from '../../../components/level-badge';
import { TableRegion } from '../../../components/table-region';
import type { AreaLevels } from '../../../domain/compare/side-by-side';
import type { County } from '../../../domain/criteria/counties-schema';
import { localize } from '../../../domain/localize';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';

/** Rows are areas, columns the chosen counties, each cell the level in words on the level's fill. */
export function SideBySideLevels({ counties, levels }: { counties: readonly County[]; levels: readonly AreaLevels[] }) {
  const { t } = useTranslation(sideBySideMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  return (
    <section className="side-by-side-section" aria-labelledby="sida-vid-sida-nivaer">
      <h2 id="sida-vid-sida-nivaer">{t('levels.heading')}</h2>
      <TableRegion captionId="sida-vid-sida-nivaer-rubrik" pinFirstColumn>
        <table className="side-by-side-table">
          <caption id="sida-vid-sida-nivaer-rubrik">{t('levels.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('levels.area')}</th>
              {counties.map((county) => (
                <th scope="col" key={county.code}>
                  {county.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {instrument.areas.map(({ area }, index) => (
              <tr key={area.id}>
                <th scope="row">{t('areaName', { id: area.id, title: localize(area.title, lang) })}</th>
                {(levels[index]?.ratings ?? []).map((rating, column) => (
                  <td key={counties[column]?.code ?? column}>
                    <LevelBadge rating={rating} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
