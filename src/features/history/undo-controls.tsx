import { useEffect } from 'react';
import { dataMessages } from '../../i18n/messages/data';
import { useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { describeStep } from './describe-step';
import './undo-controls.css';

/** Text fields keep their own Ctrl+Z for the text being typed. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'file'].includes(target.type);
}

/** "Ångra" and "Gör om" for the last 50 changes, also on Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y). */
export function UndoControls() {
  const { t } = useTranslation(dataMessages);
  const { counties } = useInstrument();
  const store = useWorkspaceStore();
  const undoStep = useWorkspace((state) => state.past[state.past.length - 1]);
  const redoStep = useWorkspace((state) => state.future[state.future.length - 1]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="undo-controls" role="group" aria-label={t('history.group')}>
      <button
        type="button"
        className="button-header"
        disabled={!undoStep}
        onClick={() => store.getState().undo()}
        aria-keyshortcuts="Control+Z"
        title={undoStep ? t('history.undoTitle', { step: describeStep(t, undoStep, counties) }) : t('history.nothingToUndo')}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button-header"
        disabled={!redoStep}
        onClick={() => store.getState().redo()}
        aria-keyshortcuts="Control+Shift+Z"
        title={redoStep ? t('history.redoTitle', { step: describeStep(t, redoStep, counties) }) : t('history.nothingToRedo')}
      >
        {t('history.redo')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {undoStep ? t('history.latest', { step: describeStep(t, undoStep, counties) }) : ''}
      </p>
    </div>
  );
}
