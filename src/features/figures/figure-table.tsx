import type { AreaDistribution } from '../../domain/rating/distribution';

/** The figure as a real table: one row per level with the count and the counties' names. */
export function FigureTable({ distribution, caption }: { distribution: AreaDistribution; caption: string }) {
  return (
    <table className="figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nivå</th>
          <th scope="col">Antal län</th>
          <th scope="col">Län</th>
        </tr>
      </thead>
      <tbody>
        {distribution.levels.map((level) => (
          <tr key={level.level}>
            <th scope="row">{level.label}</th>
            <td>{level.count}</td>
            <td>{level.counties.map((county) => county.name).join(', ') || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
