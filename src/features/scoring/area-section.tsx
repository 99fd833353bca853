import type { InstrumentArea } from '../../domain/criteria/instrument';
import { AreaRatingPanel } from './area-rating-panel';
import { StatementItem } from './statement-item';

export function AreaSection({ area, countyCode }: { area: InstrumentArea; countyCode: string }) {
  const headingId = `omrade-${area.area.id}`;
  return (
    <section className="area-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Område {area.area.id}. {area.area.title}
      </h2>
      <div className="area-section__body">
        <div className="area-section__statements">
          {area.area.groups.map((group) => (
            <div key={group.heading} className="statement-group">
              <h3>{group.heading}</h3>
              {group.intro && <p className="statement-group__intro">{group.intro}</p>}
              {group.statements.map((statement) => (
                <StatementItem key={statement.id} statement={statement} countyCode={countyCode} />
              ))}
            </div>
          ))}
        </div>
        <AreaRatingPanel area={area} countyCode={countyCode} />
      </div>
    </section>
  );
}
