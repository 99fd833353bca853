import { useMemo } from 'react';
import { useInstrument, useWorkspace } from '../../providers/services';
import { distributeAll } from '../../domain/rating/distribution';
import { AreaFigure } from './area-figure';
import { FiguresSummary } from './figures-summary';

/** Figur 1–6: per area, how many counties (and which) sit at each level. */
export default function FiguresPage() {
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const distributions = useMemo(() => distributeAll(instrument, { assessments }), [instrument, assessments]);

  return (
    <>
      <h1 tabIndex={-1}>Figurer</h1>
      <p>
        Varje figur visar hur många län som ligger på varje nivå i ett område, den svagaste nivån
        till vänster. Ett län som inte har poäng på alla påståenden området läser räknas inte.
      </p>
      <FiguresSummary distributions={distributions} />
      {distributions.map((distribution) => (
        <AreaFigure key={distribution.areaId} distribution={distribution} />
      ))}
    </>
  );
}
