import { useMemo } from 'react';
import { useInstrument, useWorkspace } from '../../providers/services';
import { rateCounty } from '../../domain/rating/rate-area';
import { assessmentOf, countScored } from '../../domain/workspace/workspace';
import { LevelBadge } from '../../components/level-badge';

/** The 21 counties: how far each is scored and where it stands in each area. */
export function CountyListPage() {
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const statementIds = useMemo(() => instrument.statements.map((s) => s.id), [instrument]);
  const rows = useMemo(
    () =>
      instrument.counties.map((county) => {
        const assessment = assessmentOf({ assessments }, county.code);
        return {
          county,
          scored: countScored(assessment, statementIds),
          ratings: rateCounty(instrument, assessment),
        };
      }),
    [instrument, assessments, statementIds],
  );
  const total = statementIds.length;

  return (
    <>
      <h1 tabIndex={-1}>Län</h1>
      <p>
        Välj ett län för att poängsätta dess {total} påståenden. Varje område bedöms när alla
        påståenden det läser har poäng.
      </p>
      {/* A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-labelledby="county-table-caption" tabIndex={0}>
        <table className="county-table">
          <caption id="county-table-caption">Länen, poängsatta påståenden och nivå per område</caption>
          <thead>
            <tr>
              <th scope="col">Län</th>
              <th scope="col">Poängsatta</th>
              {instrument.areas.map(({ area }) => (
                <th scope="col" key={area.id}>
                  {area.id}. {area.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ county, scored, ratings }) => (
              <tr key={county.code}>
                <th scope="row">
                  <a href={`#/lan/${county.code}`}>{county.name}</a>
                </th>
                <td>
                  {scored} av {total}
                </td>
                {ratings.map((rating) => (
                  <td key={rating.areaId}>
                    <LevelBadge rating={rating} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
