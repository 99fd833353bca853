import { describeCoverage, type AreaDistribution } from '../../domain/rating/distribution';
import { FigureChart } from './figure-chart';
import { FigureTable } from './figure-table';

export function figureCaption(distribution: AreaDistribution): string {
  return `Figur ${distribution.figure}. ${distribution.title}`;
}

export function AreaFigure({ distribution }: { distribution: AreaDistribution }) {
  const caption = figureCaption(distribution);
  const coverage = describeCoverage(distribution);
  const headingId = `figur-${distribution.figure}`;
  const spoken = distribution.levels.map((level) => `${level.label}: ${level.count} län`).join('; ');
  const notRated = distribution.notRated.map((county) => county.name).join(', ');

  return (
    <section className="area-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{caption}</h2>
      <p className="area-figure__coverage">
        {coverage}
        {notRated !== '' && <span className="area-figure__not-rated"> (ej bedömda: {notRated})</span>}
      </p>
      {distribution.ratedCount === 0 ? (
        <p className="empty-note">
          Inget län är bedömt i det här området ännu. Ett område bedöms när alla påståenden det
          läser har poäng.
        </p>
      ) : (
        <div className="figure-chart" role="img" aria-label={`${caption}. ${spoken}. ${coverage}.`}>
          <FigureChart distribution={distribution} />
        </div>
      )}
      <FigureTable distribution={distribution} caption={caption} />
    </section>
  );
}
