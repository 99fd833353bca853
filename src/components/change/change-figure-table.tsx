import { useId } from 'react';
import type { AreaChange } from '../../domain/change/level-change';
import { localize } from '../../domain/localize';
import type { AreaDistribution } from '../../domain/rating/distribution';
import { changeMessages } from '../../i18n/messages/change';
import { figuresMessages } from '../../i18n/messages/figures';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { TableRegion } from '../table-region';

type Props = { change: AreaChange; names: { from: string; to: string }; caption: string };

/** The grouped figure as a real table: per level, the count and the counties of each round. */
export function ChangeFigureTable({ change, names, caption }: Props) {
  const { t } = useTranslation(changeMessages);
  const { t: tFigures } = useTranslation(figuresMessages);
  const lang = useLanguage();
  const captionId = useId();
  // A county the group placed is marked as in Figur 1–6's own tables.
  const counties = (distribution: AreaDistribution, index: number) => {
    const level = distribution.levels[index];
    if (!level || level.counties.length === 0) return '–';
    return level.counties.map((county) => (level.byGroup.includes(county.code) ? tFigures('table.byGroup', { name: county.name }) : county.name)).join(', ');
  };
  return (
    <TableRegion captionId={captionId}>
      <table className="change-figure-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.level')}</th>
            <th scope="col">{t('figures.countIn', { round: names.from })}</th>
            <th scope="col">{t('figures.countIn', { round: names.to })}</th>
            <th scope="col">{t('figures.countiesIn', { round: names.from })}</th>
            <th scope="col">{t('figures.countiesIn', { round: names.to })}</th>
          </tr>
        </thead>
        <tbody>
          {change.from.levels.map((level, index) => (
            <tr key={level.level}>
              <th scope="row">{localize(level.label, lang)}</th>
              <td>{level.count}</td>
              <td>{change.to.levels[index]?.count ?? 0}</td>
              <td>{counties(change.from, index)}</td>
              <td>{counties(change.to, index)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
