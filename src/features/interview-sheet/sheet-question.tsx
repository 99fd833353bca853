import { GuideItems } from '../../components/guide-items';
import type { GuideQuestion } from '../../domain/criteria/guide-schema';
import { decimalSeparatorOf, figureText } from '../../domain/interview/figure-text';
import type { GuideAnswer } from '../../domain/interview/guide-answer';
import { localize } from '../../domain/localize';
import { interviewSheetMessages } from '../../i18n/messages/interview-sheet';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { SheetLines } from './sheet-lines';

/** Lines for a note: more where the note is the whole answer, fewer beside a figure or options. */
const NOTE_LINES = { note: 4, figure: 2, choices: 2 } as const;

/**
 * One question on the sheet: its text, hint and prompts, then room to write. A figure has a
 * blank before its unit, options a box each (☐, or ☒ where ticked in the app), and what the app
 * already holds is printed in.
 */
export function SheetQuestion({ question, answer }: { question: GuideQuestion; answer: GuideAnswer | undefined }) {
  const { t } = useTranslation(interviewSheetMessages);
  const lang = useLanguage();
  return (
    <li className="sheet-question">
      <p className="sheet-question__text">{localize(question.text, lang)}</p>
      {question.hint && <p className="sheet-question__hint">{localize(question.hint, lang)}</p>}
      {question.items && <GuideItems items={question.items} className="sheet-question__items" />}
      {question.kind === 'figure' && (
        <p className="sheet-figure">
          <span className="sheet-blank">{answer?.figure === undefined ? '' : figureText(answer.figure, decimalSeparatorOf(lang))}</span> {localize(question.unit, lang)}
        </p>
      )}
      {question.kind === 'choices' &&
        question.optionGroups.map((group, index) => (
          <div key={group.options[0]?.id ?? index} className="sheet-options">
            {group.label && <p className="sheet-options__label">{localize(group.label, lang)}</p>}
            <ul className="sheet-options__list">
              {group.options.map((option) => {
                const chosen = answer?.choices?.[option.id] === true;
                return (
                  <li key={option.id}>
                    <span className={chosen ? 'sheet-box sheet-box--ticked' : 'sheet-box'} />
                    {localize(option.label, lang)}
                    {chosen && <span className="visually-hidden"> {t('chosen')}</span>}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      {question.kind === 'choices' && question.other && (
        <p className="sheet-other">
          {t('other')} <span className="sheet-blank sheet-blank--wide">{answer?.other ?? ''}</span>
        </p>
      )}
      {answer?.note !== undefined && (
        <p className="sheet-entered">
          <span className="sheet-entered__label">{t('entered')}</span> {answer.note}
        </p>
      )}
      <SheetLines count={NOTE_LINES[question.kind]} />
    </li>
  );
}
