import { memo, useRef } from 'react';
import type { Statement } from '../../domain/criteria/criteria-schema';
import { localize } from '../../domain/localize';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';

/** One statement: a 0/1/2 radio group with the scale's labels, a way to clear it, and a note. */
export const StatementItem = memo(function StatementItem({
  statement,
  countyCode,
}: {
  statement: Statement;
  countyCode: string;
}) {
  const { t } = useTranslation(scoringMessages);
  const lang = useLanguage();
  const { criteria } = useInstrument();
  const store = useWorkspaceStore();
  const score = useWorkspace((state) => state.assessments[countyCode]?.scores[statement.id]);
  const note = useWorkspace((state) => state.assessments[countyCode]?.notes[statement.id] ?? '');
  const { setScore, setNote } = store.getState();
  const name = `poang-${countyCode}-${statement.id}`;
  const noteId = `anteckning-${countyCode}-${statement.id}`;
  const unscored = score === undefined;
  const firstOption = useRef<HTMLInputElement>(null);
  // "Rensa" disappears with the score it clears: focus stays in the statement, on its radio
  // group, so the next Tab goes on to the note and not back to the top of the page.
  const clear = () => {
    firstOption.current?.focus();
    setScore(countyCode, statement.id, null);
  };

  return (
    <fieldset className={`statement${unscored ? ' statement--unscored' : ''}`}>
      <legend>
        <span className="statement__id">{statement.id}</span> {localize(statement.text, lang)}
      </legend>
      <div className="statement__scores">
        {criteria.scale.map((step, index) => (
          <label key={step.value} className="score-option">
            <input
              ref={index === 0 ? firstOption : undefined}
              type="radio"
              name={name}
              value={step.value}
              checked={score === step.value}
              onChange={() => setScore(countyCode, statement.id, step.value)}
            />
            <span>
              {step.value} {localize(step.label, lang)}
            </span>
          </label>
        ))}
        {unscored ? (
          <span className="statement__unscored">{t('statement.unscored')}</span>
        ) : (
          <button
            type="button"
            className="button-link"
            aria-label={t('statement.clearLabel', { id: statement.id })}
            onClick={clear}
          >
            {t('statement.clear')}
          </button>
        )}
      </div>
      <label htmlFor={noteId} className="statement__note-label">
        {t('statement.note', { id: statement.id })}
      </label>
      <textarea
        id={noteId}
        className="statement__note"
        rows={2}
        value={note}
        onChange={(event) => setNote(countyCode, statement.id, event.target.value)}
      />
    </fieldset>
  );
});
