import { GuideItems } from '../../../components/guide-items';
import type { GuideQuestion } from '../../../domain/criteria/guide-schema';
import { localize } from '../../../domain/localize';
import { interviewMessages } from '../../../i18n/messages/interview';
import { Trans } from '../../../i18n/trans';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { ChoiceOptions } from './choice-options';
import { FigureField } from './figure-field';
import { useGuideAnswer } from './use-guide-answer';

/**
 * One question of the guide with its answer fields: the question names its note; a figure
 * question adds a number in its unit, a question with options a checkbox per option and, where
 * the guide asks for it, "Andra". Its hint and its prompts stand between the question and the fields.
 */
export function GuideQuestionFields({ question, countyCode }: { question: GuideQuestion; countyCode: string }) {
  const { t } = useTranslation(interviewMessages);
  const lang = useLanguage();
  const edits = useGuideAnswer(countyCode, question.id);
  const { answer } = edits;
  const base = `svar-${countyCode}-${question.id}`;
  const text = localize(question.text, lang);
  const hintId = question.hint ? `${base}-tips` : undefined;
  const noteId = `${base}-anteckning`;
  const about = (
    <>
      {question.hint && (
        <p id={hintId} className="field-hint guide-question__hint">
          {localize(question.hint, lang)}
        </p>
      )}
      {question.items && <GuideItems items={question.items} className="guide-question__items" />}
    </>
  );
  const note = (label: 'question' | 'note') => (
    <>
      {label === 'note' && (
        <label htmlFor={noteId} className="guide-question__note-label">
          <Trans t={t} i18nKey="fields.noteFor" values={{ question: text }} components={{ hidden: <span className="visually-hidden" /> }} />
        </label>
      )}
      <textarea
        id={noteId}
        className="guide-question__note"
        rows={label === 'question' ? 3 : 2}
        value={answer?.note ?? ''}
        aria-describedby={label === 'question' ? hintId : undefined}
        onChange={(event) => edits.setNote(event.target.value)}
      />
    </>
  );

  if (question.kind === 'note') {
    return (
      <div className="guide-question">
        <label htmlFor={noteId} className="guide-question__text">
          {text}
        </label>
        {about}
        {note('question')}
      </div>
    );
  }
  if (question.kind === 'figure') {
    const figureId = `${base}-tal`;
    const unit = localize(question.unit, lang);
    // A question that already names its unit ("… (årsarbetskrafter)?") is not given it twice.
    const label = text.includes(`(${unit})`) ? text : t('fields.figure', { question: text, unit });
    return (
      <div className="guide-question">
        <label htmlFor={figureId} className="guide-question__text">
          {label}
        </label>
        {about}
        <FigureField id={figureId} hintId={hintId} figure={answer?.figure} onChange={edits.setFigure} />
        {note('note')}
      </div>
    );
  }
  const otherId = `${base}-andra`;
  return (
    <fieldset className="guide-question" aria-describedby={hintId}>
      <legend className="guide-question__text">{text}</legend>
      {about}
      <ChoiceOptions question={question} idPrefix={base} chosen={answer?.choices} onChange={edits.setChoice} />
      {question.other && (
        <p className="guide-question__other">
          <label htmlFor={otherId}>{t('fields.other')}</label>
          <input id={otherId} type="text" autoComplete="off" value={answer?.other ?? ''} onChange={(event) => edits.setOther(event.target.value)} />
        </p>
      )}
      {note('note')}
    </fieldset>
  );
}
