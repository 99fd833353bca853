import type { GuideAnswer } from '../../domain/interview/guide-answer';
import { guideSections } from '../../domain/interview/guide-sections';
import { localize } from '../../domain/localize';
import { EMPTY_ROUND } from '../../domain/workspace/workspace';
import { interviewSheetMessages } from '../../i18n/messages/interview-sheet';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useInstrument, useWorkspace } from '../../providers/services';
import './interview-sheet.css';
import { SheetQuestion } from './sheet-question';
import { SheetStatements } from './sheet-statements';

const NO_ANSWERS: Readonly<Record<string, GuideAnswer>> = {};

/**
 * The interview sheet of one county, to print and take along: the guide section by section with
 * room to write, what the app already holds printed in, then the statements with a box per score.
 */
export default function InterviewSheetPage({ code }: { code: string }) {
  const { t } = useTranslation(interviewSheetMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const { round } = useRound();
  const roundHref = useRoundHref();
  const county = instrument.counties.find((candidate) => candidate.code === code);
  const answers = useWorkspace((state) => (state.data[round.id] ?? EMPTY_ROUND).answers[code] ?? NO_ANSWERS);
  const { guide } = instrument.criteria;

  if (!county) {
    return (
      <>
        <h1 tabIndex={-1}>{t('notFound', { code })}</h1>
        <p>
          <a href={roundHref('#/lan')}>{t('toCounties')}</a>
        </p>
      </>
    );
  }

  return (
    <div className="interview-sheet">
      <h1 tabIndex={-1}>{t('title', { county: county.name })}</h1>
      <p className="sheet-round">{t('round', { round: round.name })}</p>
      <p className="prose sheet-intro">{t('intro')}</p>
      <div className="sheet-controls" role="group" aria-label={t('controls')}>
        {/* The browser's print dialog also offers "Save as PDF". */}
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <a href={roundHref(`#/lan/${code}`)}>{t('toCounty', { county: county.name })}</a>
      </div>
      <p className="sheet-meta">
        <span>
          {t('date')} <span className="sheet-blank" />
        </span>{' '}
        <span>
          {t('interviewers')} <span className="sheet-blank sheet-blank--wide" />
        </span>
      </p>
      {guide ? (
        <div className="sheet-guide">
          <h2>{localize(guide.title, lang)}</h2>
          {guideSections(instrument).map((section) => {
            const area = section.area === undefined ? undefined : instrument.areas.find((candidate) => candidate.area.id === section.area);
            return (
              <div key={section.id} className="sheet-section">
                <h3>{localize(section.title, lang)}</h3>
                {area && <p className="sheet-section__area">{t('forArea', { id: area.area.id, title: localize(area.area.title, lang) })}</p>}
                {section.intro && <p className="sheet-section__intro">{localize(section.intro, lang)}</p>}
                <ol className="sheet-questions">
                  {section.questions.map((question) => (
                    <SheetQuestion key={question.id} question={question} answer={answers[question.id]} />
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
      ) : (
        <p>{t('noGuide')}</p>
      )}
      <SheetStatements />
    </div>
  );
}
