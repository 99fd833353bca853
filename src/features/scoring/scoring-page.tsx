import { localize } from '../../domain/localize';
import { countScored, EMPTY_ASSESSMENT } from '../../domain/workspace/workspace';
import { scoringMessages } from '../../i18n/messages/scoring';
import { Trans } from '../../i18n/trans';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspace } from '../../providers/services';
import { AreaSection } from './area-section';
import { CountyPager } from './county-pager';
import './scoring.css';

/** Scoring one county: every statement of the instrument, grouped by area and heading. */
export function ScoringPage({ code }: { code: string }) {
  const { t } = useTranslation(scoringMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const index = instrument.counties.findIndex((county) => county.code === code);
  const county = instrument.counties[index];
  const { statementIds } = instrument;
  // A number, not the assessment: the page itself is redrawn only when the count changes.
  const scored = useWorkspace((state) => countScored(state.assessments[code] ?? EMPTY_ASSESSMENT, statementIds));
  const { instruction } = instrument.criteria;

  if (!county) {
    return (
      <>
        <h1 tabIndex={-1}>{t('notFound.title')}</h1>
        <p>
          {/* Trans fills the anchor with the catalogue's link text, which the linter cannot see. */}
          {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
          <Trans t={t} i18nKey="notFound.text" values={{ code }} components={{ a: <a href="#/lan" /> }} />
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
        {t('progress', { count: statementIds.length, scored })}
        {instruction && ` ${localize(instruction, lang)}`}
      </p>
      <CountyPager counties={instrument.counties} index={index} />
      {instrument.areas.map((area) => (
        <AreaSection key={area.area.id} area={area} countyCode={county.code} />
      ))}
      <CountyPager counties={instrument.counties} index={index} />
    </>
  );
}
