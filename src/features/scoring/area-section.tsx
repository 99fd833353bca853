import { memo } from 'react';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { localize } from '../../domain/localize';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { AreaRatingPanel } from './area-rating-panel';
import { AreaGuideQuestions } from './guide/area-guide-questions';
import { StatementItem } from './statement-item';
import { WhatIsNeeded } from './what-is-needed';

/** One area of the scoring page. Memoised: a score elsewhere on the page leaves it as it is. */
export const AreaSection = memo(function AreaSection({ area, countyCode }: { area: InstrumentArea; countyCode: string }) {
  const { t } = useTranslation(scoringMessages);
  const lang = useLanguage();
  const headingId = `omrade-${area.area.id}`;
  return (
    <section className="area-section" aria-labelledby={headingId} data-area={area.area.id}>
      <h2 id={headingId}>{t('area.heading', { id: area.area.id, title: localize(area.area.title, lang) })}</h2>
      <div className="area-section__body">
        <div className="area-section__statements">
          {area.area.groups.map((group) => (
            // The Swedish heading is the original and does not change with the language: a stable key.
            <div key={group.heading.sv} className="statement-group">
              <h3>{localize(group.heading, lang)}</h3>
              {group.intro && <p className="statement-group__intro">{localize(group.intro, lang)}</p>}
              {group.statements.map((statement) => (
                <StatementItem key={statement.id} statement={statement} countyCode={countyCode} />
              ))}
            </div>
          ))}
        </div>
        <div className="area-section__side">
          <AreaRatingPanel area={area} countyCode={countyCode} />
          <WhatIsNeeded area={area} countyCode={countyCode} />
        </div>
      </div>
      <AreaGuideQuestions areaId={area.area.id} countyCode={countyCode} />
    </section>
  );
});
