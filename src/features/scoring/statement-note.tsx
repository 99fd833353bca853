import { useRef, useState, type KeyboardEvent } from 'react';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { assessmentIn, useCell } from '../../providers/scoring-hand';
import { useWorkspace, useWorkspaceStore } from '../../providers/services';

/**
 * A statement's note: a button until there is something to write, a field once there is. An
 * opened field stays while the page is shown, even empty: folding it when it loses the focus would
 * move everything below it under the pointer that took the focus away, and lose that click.
 * Escape in an empty field folds it back into the button.
 */
export function StatementNote({ statementId, countyCode }: { statementId: string; countyCode: string }) {
  const { t } = useTranslation(scoringMessages);
  const store = useWorkspaceStore();
  const cell = useCell(countyCode, statementId);
  const note = useWorkspace((state) => assessmentIn(state, cell.round, cell.rater, countyCode)?.notes[statementId] ?? '');
  const [opened, setOpened] = useState(false);
  // The field replaces the button and the button the field: the focus goes along, once it is there.
  const moveFocus = useRef(false);
  const focusWhenShown = (element: HTMLElement | null) => {
    if (!element || !moveFocus.current) return;
    moveFocus.current = false;
    element.focus();
  };
  const noteId = `anteckning-${countyCode}-${statementId}`;

  const foldIfEmpty = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Escape' || event.currentTarget.value !== '') return;
    event.preventDefault();
    moveFocus.current = true;
    setOpened(false);
  };

  if (note === '' && !opened) {
    return (
      <button
        ref={focusWhenShown}
        type="button"
        className="button-link statement__add-note"
        aria-label={t('statement.addNoteLabel', { id: statementId })}
        onClick={() => {
          moveFocus.current = true;
          setOpened(true);
        }}
      >
        {t('statement.addNote')}
      </button>
    );
  }

  return (
    <>
      <label htmlFor={noteId} className="statement__note-label">
        {t('statement.note', { id: statementId })}
      </label>
      <textarea
        id={noteId}
        ref={focusWhenShown}
        className="statement__note"
        rows={2}
        value={note}
        onChange={(event) => store.getState().setNote(cell, event.target.value)}
        // A field in use stays, even when its text is deleted to the last letter.
        onFocus={() => setOpened(true)}
        onKeyDown={foldIfEmpty}
      />
    </>
  );
}
