import { useInstrument, useSaver, useSaveStatus, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { downloadWorkspace } from './export-workspace';

const LABEL = { saved: 'Sparat', saving: 'Sparar…', failed: 'Ej sparat' } as const;

/** Always visible: whether the latest change is stored in this browser. */
export function SaveStatusIndicator() {
  const status = useSaveStatus();
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const saver = useSaver();
  return (
    <div className="save-status">
      <p role="status" className={`save-status__label save-status__label--${status.state}`}>
        {LABEL[status.state]}
      </p>
      {status.state === 'failed' && (
        <div role="alert" className="alert alert--error save-status__alert">
          <p>
            Den senaste ändringen kunde inte sparas i webbläsaren. {status.message} Ladda ner en
            säkerhetskopia nu så att inget går förlorat; appen försöker spara igen vid nästa ändring.
          </p>
          <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))}>
            Ladda ner säkerhetskopia
          </button>{' '}
          <button type="button" className="button-secondary" onClick={saver.retry}>
            Försök spara igen
          </button>
        </div>
      )}
    </div>
  );
}
