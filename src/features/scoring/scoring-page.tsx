import { useRef } from 'react';
import { localize } from '../../domain/localize';
import { countScored, EMPTY_ASSESSMENT, nextUnscored } from '../../domain/workspace/assessment';
import { scoringMessages } from '../../i18n/messages/scoring';
import { Trans } from '../../i18n/trans';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { assessmentIn, useHand } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { AreaSection } from './area-section';
import { CountyCheckSection } from './county-check/county-check-section';
import { CountyHistoryLink } from './county-history-link';
import { CountyPager } from './county-pager';
import { CountyGuidePanel } from './guide/county-guide-panel';
import { InformantsSection } from './informants-section';
import { RaterPanel } from './rater-panel';
import { ScoringBar } from './scoring-bar';
import './scoring.css';
import { useLastStatement } from './use-last-statement';
import { useRevealedStatement } from './use-revealed-statement';
import { useStatementInView } from './use-statement-in-view';

/** Scoring one county: every statement of the instrument, grouped by area and heading. */
export function ScoringPage({ code }: { code: string }) {
  const { t } = useTranslation(scoringMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const index = instrument.counties.findIndex((county) => county.code === code);
  const county = instrument.counties[index];
  const { statementIds } = instrument;
  // A number, not the assessment: the page itself is redrawn only when the count changes.
  const { round } = useRound();
  const hand = useHand();
  const scored = useWorkspace((state) => countScored(assessmentIn(state, round.id, hand, code) ?? EMPTY_ASSESSMENT, statementIds));
  const { instruction } = instrument.criteria;
  const page = useRef<HTMLDivElement>(null);
  const lastStatement = useLastStatement(page);
  useRevealedStatement(page, code);
  useStatementInView(page);

  // From the statement the user was last at, on to the next one without a score.
  const goToNextUnscored = () => {
    const assessment = assessmentIn(store.getState(), round.id, hand, code) ?? EMPTY_ASSESSMENT;
    const id = nextUnscored(assessment, statementIds, lastStatement.current);
    const radio = id && page.current?.querySelector<HTMLInputElement>(`[data-statement="${id}"] input:checked`);
    if (!radio) return;
    radio.focus({ preventScroll: true });
    radio.closest('fieldset')?.scrollIntoView({ block: 'center' });
  };

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
    <div ref={page}>
      <h1 tabIndex={-1}>
        {county.name} <span className="county-code">({county.code})</span>
      </h1>
      {instruction && <p className="scoring-instruction">{localize(instruction, lang)}</p>}
      <p className="scoring-instruction">{t('keyboardHint')}</p>
      <CountyPager counties={instrument.counties} index={index} />
      <CountyHistoryLink countyCode={county.code} />
      <RaterPanel countyCode={county.code} countyName={county.name} />
      <ScoringBar
        page={page}
        countyCode={county.code}
        scored={scored}
        total={statementIds.length}
        nextCounty={instrument.counties[index + 1]}
        onNextUnscored={goToNextUnscored}
      />
      <CountyGuidePanel countyCode={county.code} />
      {instrument.areas.map((candidate) => (
        <AreaSection key={candidate.area.id} area={candidate} countyCode={county.code} />
      ))}
      <InformantsSection key={county.code} countyCode={county.code} countyName={county.name} />
      <CountyCheckSection countyCode={county.code} />
      <CountyPager counties={instrument.counties} index={index} atFoot />
    </div>
  );
}
