import { useMemo } from 'react';
import { useInstrument, useWorkspace } from '../../providers/services';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { rateArea, summarizeRating } from '../../domain/rating/rate-area';
import { EMPTY_ASSESSMENT } from '../../domain/workspace/workspace';
import { LevelBadge } from '../../components/level-badge';

/** The area's live level and why, with every level's conditions checked against the scores. */
export function AreaRatingPanel({ area, countyCode }: { area: InstrumentArea; countyCode: string }) {
  const instrument = useInstrument();
  const assessment = useWorkspace((state) => state.assessments[countyCode] ?? EMPTY_ASSESSMENT);
  const rating = useMemo(() => rateArea(instrument, area, assessment), [instrument, area, assessment]);
  const titleId = `bedomning-${area.area.id}`;

  return (
    <aside className="rating-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>Bedömning område {area.area.id}</h3>
      <div aria-live="polite">
        <p className="rating-panel__level">
          <LevelBadge rating={rating} prefix="Nivå: " />
        </p>
        <p className="rating-panel__reason">{summarizeRating(rating)}</p>
      </div>
      {rating.status === 'rated' && (
        <details className="rating-panel__rule">
          <summary>Regeln steg för steg</summary>
          <ol>
            {rating.checks.map((check) => (
              <li key={check.level}>
                <strong>{check.label}</strong>{' '}
                {check.conditions.length === 0
                  ? '(när ingen starkare nivå uppnås)'
                  : check.held
                    ? '– alla villkor uppfyllda'
                    : '– inte alla villkor uppfyllda'}
                {check.conditions.length > 0 && (
                  <ul>
                    {check.conditions.map((condition, index) => (
                      <li key={index}>{condition.text}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
