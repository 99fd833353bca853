import { describeCoverage, type AreaDistribution } from '../../domain/rating/distribution';

/** All six areas at a glance, as the report's "Sammanfattande bedömning". */
export function FiguresSummary({ distributions }: { distributions: AreaDistribution[] }) {
  return (
    <table className="summary-table">
      <caption>Sammanfattande bedömning: antal län per nivå och område</caption>
      <thead>
        <tr>
          <th scope="col">Område</th>
          <th scope="col">Svagaste nivån</th>
          <th scope="col">Mellannivån</th>
          <th scope="col">Starkaste nivån</th>
          <th scope="col">Bedömda</th>
        </tr>
      </thead>
      <tbody>
        {distributions.map((distribution) => (
          <tr key={distribution.areaId}>
            <th scope="row">
              Figur {distribution.figure}. {distribution.title}
            </th>
            {distribution.levels.map((level) => (
              <td key={level.level}>
                {level.label}: <strong>{level.count}</strong>
              </td>
            ))}
            <td>{describeCoverage(distribution)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
