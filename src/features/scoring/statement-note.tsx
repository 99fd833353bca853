import { useRef, useState } from 'react';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useWorkspace, useWorkspaceStore } from '../../providers/services';

/**
 * A statement's note: a button until there is something to write, a field once there is. The
 * field stays while it has the focus; left empty (or emptied by an undo), it folds back into the
 * button.
 */
export function StatementNote({ statementId, countyCode }: { statementId: string; countyCode: string }) {
  const { t } = useTranslation(scoringMessages);
  const store = useWorkspaceStore();
  const note = useWorkspace((state) => state.assessments[countyCode]?.notes[statementId] ?? '');
  const [opened, setOpened] = useState(false);
  // The field replaces the button the user pressed: the focus goes with it, once it is there.
  const focusOnOpen = useRef(false);
  const focusIfOpened = (field: HTMLTextAreaElement | null) => {
    if (!field || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    field.focus();
  };
  const noteId = `anteckning-${countyCode}-${statementId}`;

  if (note === '' && !opened) {
    return (
      <button
        type="button"
        className="button-link statement__add-note"
        aria-label={t('statement.addNoteLabel', { id: statementId })}
        onClick={() => {
          focusOnOpen.current = true;
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
        ref={focusIfOpened}
        className="statement__note"
        rows={2}
        value={note}
        onChange={(event) => store.getState().setNote(countyCode, statementId, event.target.value)}
        // A field in use stays, even when its text is deleted to the last letter.
        onFocus={() => setOpened(true)}
        onBlur={() => setOpened(false)}
      />
    </>
  );
}
