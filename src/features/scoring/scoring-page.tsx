import { useMemo } from 'react';
import { useInstrument, useWorkspace } from '../../providers/services';
import { countScored, EMPTY_ASSESSMENT } from '../../domain/workspace/workspace';
import { AreaSection } from './area-section';
import { CountyPager } from './county-pager';

/** Scoring one county: every statement of the instrument, grouped by area and heading. */
export function ScoringPage({ code }: { code: string }) {
  const instrument = useInstrument();
  const index = instrument.counties.findIndex((county) => county.code === code);
  const county = instrument.counties[index];
  const assessment = useWorkspace((state) => state.assessments[code] ?? EMPTY_ASSESSMENT);
  const statementIds = useMemo(() => instrument.statements.map((s) => s.id), [instrument]);

  if (!county) {
    return (
      <>
        <h1 tabIndex={-1}>Länet finns inte</h1>
        <p>
          Det finns inget län med koden «{code}». <a href="#/lan">Till listan över län</a>.
        </p>
      </>
    );
  }

  return (
    <>
      <h1 tabIndex={-1}>
        {county.name} <span className="county-code">({county.code})</span>
      </h1>
      <p className="progress">
        {countScored(assessment, statementIds)} av {statementIds.length} påståenden poängsatta.{' '}
        {instrument.criteria.instruction}
      </p>
      <CountyPager counties={instrument.counties} index={index} />
      {instrument.areas.map((area) => (
        <AreaSection key={area.area.id} area={area} countyCode={county.code} />
      ))}
      <CountyPager counties={instrument.counties} index={index} />
    </>
  );
}
