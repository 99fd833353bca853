import { LevelBadge } from '../../../components/level-badge';
import { TableRegion } from '../../../components/table-region';
import type { AreaLevels } from '../../../domain/compare/side-by-side';
import type { DifferenceCount } from '../../../domain/compare/side-by-side-rows';
import type { County } from '../../../domain/criteria/counties-schema';
import { localize } from '../../../domain/localize';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';

type Props = {
  counties: readonly County[];
  /** The rows to show: every area, or only those that differ. */
  levels: readonly AreaLevels[];
  count: DifferenceCount;
};

/**
 * Rows are areas, columns the chosen counties, each cell the level in words on the level's fill.
 * An area where the levels differ says so in its row header, which stays in view on a phone and
 * is read with every cell of the row.
 */
export function SideBySideLevels({ counties, levels, count }: Props) {
  const { t } = useTranslation(sideBySideMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const areaName = (areaId: string) => {
    const title = instrument.areas.find((candidate) => candidate.area.id === areaId)?.area.shortTitle;
    return t('areaName', { id: areaId, title: title ? localize(title, lang) : '' });
  };
  return (
    <section className="side-by-side-section" aria-labelledby="sida-vid-sida-nivaer">
      <h2 id="sida-vid-sida-nivaer">{t('levels.heading')}</h2>
      <p className="prose">{t('levels.intro')}</p>
      <p className="side-by-side-summary">{t('levels.summary', { count: count.differing, total: count.total })}</p>
      {levels.length === 0 ? (
        <p className="empty-note">{t('levels.noneShown')}</p>
      ) : (
        <TableRegion captionId="sida-vid-sida-nivaer-rubrik" pinFirstColumn>
          <table className="side-by-side-table side-by-side-levels">
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
              {levels.map((row) => (
                <tr key={row.areaId} className={row.differs ? 'side-by-side-row--differs' : undefined}>
                  <th scope="row">
                    {areaName(row.areaId)}
                    {row.differs && (
                      <>
                        {' '}
                        <strong className="side-by-side-differs side-by-side-differs--below">
                          <span aria-hidden="true">{`${t('statements.differsMarker')} `}</span>
                          {t('statements.differs')}
                        </strong>
                      </>
                    )}
                  </th>
                  {row.ratings.map((rating, column) => (
                    <td key={counties[column]?.code ?? column}>
                      <LevelBadge rating={rating} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
