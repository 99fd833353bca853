import { useEffect } from 'react';
import { savingMessages } from '../../i18n/messages/saving';
import { useTranslation } from '../../i18n/use-translation';
import { parseHash } from '../../lib/hash-route';
import { withRoundParam } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { requestReveal } from '../../store/reveal-request';
import type { HistoryStep } from '../../store/workspace-store';
import { describeStep } from './describe-step';
import './undo-controls.css';

/** Text fields keep their own Ctrl+Z for the text being typed. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'file'].includes(target.type);
}

/**
 * After an undo or a redo of a score or a note, the statement it changed is brought into view: on
 * its county's page, which is opened if another page is showing.
 */
function revealStep(step: HistoryStep | undefined): void {
  if (!step || (step.what.kind !== 'score' && step.what.kind !== 'note')) return;
  const { county, statement, round } = step.what;
  const page = `#/lan/${county}`;
  const current = parseHash(window.location.hash);
  // An agreed score changed on the county's reconciliation is shown there already: stay.
  if (current.path === `/lan/${county}/samsyn` && (current.params.get('omgang') ?? round) === round) return;
  const elsewhere = current.path !== page.slice(1) || (current.params.get('omgang') ?? round) !== round;
  requestReveal({ county, statement, field: step.what.kind, moveFocus: elsewhere });
  if (elsewhere) window.location.hash = withRoundParam(page, round);
}

type Store = ReturnType<typeof useWorkspaceStore>;

function undo(store: Store): void {
  const { past } = store.getState();
  const step = past[past.length - 1];
  store.getState().undo();
  revealStep(step);
}

function redo(store: Store): void {
  const { future } = store.getState();
  const step = future[future.length - 1];
  store.getState().redo();
  revealStep(step);
}

/** "Ångra" and "Gör om" for the last 50 changes, also on Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y). */
export function UndoControls() {
  const { t } = useTranslation(savingMessages);
  const { counties } = useInstrument();
  const store = useWorkspaceStore();
  const undoStep = useWorkspace((state) => state.past[state.past.length - 1]);
  const redoStep = useWorkspace((state) => state.future[state.future.length - 1]);
  const raters = useWorkspace((state) => state.raters);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo(store);
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo(store);
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
        onClick={() => undo(store)}
        aria-keyshortcuts="Control+Z"
        title={undoStep ? t('history.undoTitle', { step: describeStep(t, undoStep, counties, raters) }) : t('history.nothingToUndo')}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button-header"
        disabled={!redoStep}
        onClick={() => redo(store)}
        aria-keyshortcuts="Control+Shift+Z"
        title={redoStep ? t('history.redoTitle', { step: describeStep(t, redoStep, counties, raters) }) : t('history.nothingToRedo')}
      >
        {t('history.redo')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {undoStep ? t('history.latest', { step: describeStep(t, undoStep, counties, raters) }) : ''}
      </p>
    </div>
  );
}
