import { useInstrument, useSaveStatus, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { downloadWorkspace } from './export-workspace';

const LABEL = { saved: 'Sparat', saving: 'Sparar…', failed: 'Ej sparat' } as const;

/** Always visible: whether the latest change is stored in this browser. */
export function SaveStatusIndicator() {
  const status = useSaveStatus();
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  return (
    <div className="save-status">
      <p role="status" className={`save-status__label save-status__label--${status.kind}`}>
        {LABEL[status.kind]}
      </p>
      {status.kind === 'failed' && (
        <div role="alert" className="alert alert--error">
          <p>
            Den senaste ändringen kunde inte sparas i webbläsaren. {status.message} Ladda ner en
            säkerhetskopia nu så att inget går förlorat.
          </p>
          <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))}>
            Ladda ner säkerhetskopia
          </button>
        </div>
      )}
    </div>
  );
}
