import { TableRegion } from '../../../components/table-region';
import { localize } from '../../../domain/localize';
import { levelNumber } from '../../../domain/rating/level-number';
import { overviewMessages } from '../../../i18n/messages/overview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';
import '../../../components/level-badge.css';

const CAPTION_ID = 'overview-legend-caption';

/** What the numbers in the matrix stand for: every area's levels by name, weakest first. */
export function OverviewLegend() {
  const { t } = useTranslation(overviewMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const levels = instrument.areas[0]?.levelsWeakestFirst ?? [];
  const heading = (level: number, index: number) => {
    const number = levelNumber(level);
    if (index === 0) return t('legend.weakest', { number });
    return index === levels.length - 1 ? t('legend.strongest', { number }) : t('legend.level', { number });
  };
  return (
    <TableRegion captionId={CAPTION_ID} pinFirstColumn>
      <table className="overview-legend">
        <caption id={CAPTION_ID}>{t('legend.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('legend.area')}</th>
            {levels.map((level, index) => (
              <th scope="col" key={level.level}>
                {heading(level.level, index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {instrument.areas.map(({ area, levelsWeakestFirst }) => (
            <tr key={area.id}>
              <th scope="row">{t('table.area', { id: area.id, title: localize(area.title, lang) })}</th>
              {levelsWeakestFirst.map((level) => (
                <td key={level.level}>
                  <span className={`level level--${level.level}`}>{localize(level.label, lang)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
