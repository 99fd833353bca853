import type { AreaCounts } from '../../../domain/compare/overview';
import { levelNumber } from '../../../domain/rating/level-number';
import { overviewMessages } from '../../../i18n/messages/overview';
import { useTranslation } from '../../../i18n/use-translation';

/** Under the matrix: per area, how many counties sit at each level (numbered as in the cells) and how many are not rated. */
export function OverviewFooter({ counts }: { counts: readonly AreaCounts[] }) {
  const { t } = useTranslation(overviewMessages);
  // Every area has the same number of levels; the first says how many rows there are.
  const levels = counts[0]?.levels.map((candidate) => candidate.level) ?? [];
  return (
    <tfoot>
      {levels.map((level) => (
        <tr key={level}>
          <th scope="row">
            <span className={`level level--${level}`}>{t('footer.level', { number: levelNumber(level) })}</span>
          </th>
          {counts.map((area) => (
            <td key={area.areaId} className="overview-count">
              {area.levels.find((candidate) => candidate.level === level)?.count ?? 0}
            </td>
          ))}
        </tr>
      ))}
      <tr>
        <th scope="row">
          <span className="level level--none">{t('footer.notRated')}</span>
        </th>
        {counts.map((area) => (
          <td key={area.areaId} className="overview-count">
            {area.notRated}
          </td>
        ))}
      </tr>
    </tfoot>
  );
}
