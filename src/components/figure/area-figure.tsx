import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/localize';
import type { AreaDistribution } from '../../domain/rating/distribution';
import { useLang } from '../../i18n/use-lang';
import { FigureChart } from './figure-chart';
import { FigureTable } from './figure-table';

export function AreaFigure({ distribution }: { distribution: AreaDistribution }) {
  const { t } = useTranslation('figures');
  const lang = useLang();
  const descriptionId = useId();
  const caption = t('caption', { figure: distribution.figure, title: localize(distribution.title, lang) });
  const coverage = t('coverage', { rated: distribution.ratedCount, total: distribution.total });
  const headingId = `figur-${distribution.figure}`;
  const spoken = distribution.levels
    .map((level) => t('chartLevel', { label: localize(level.label, lang), count: level.count }))
    .join('; ');
  const notRated = distribution.notRated.map((county) => county.name).join(', ');

  return (
    <section className="area-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{caption}</h2>
      <p className="area-figure__coverage">
        {coverage}
        {notRated !== '' && <span className="area-figure__not-rated"> {t('notRatedList', { names: notRated })}</span>}
      </p>
      {distribution.ratedCount === 0 ? (
        <p className="empty-note">{t('empty')}</p>
      ) : (
        <>
          <div className="figure-chart" role="img" aria-label={`${caption}. ${spoken}. ${coverage}.`} aria-describedby={descriptionId}>
            <FigureChart distribution={distribution} />
          </div>
          <p id={descriptionId} className="visually-hidden">
            {t('chartDescription')}
          </p>
        </>
      )}
      <FigureTable distribution={distribution} caption={caption} />
    </section>
  );
}
