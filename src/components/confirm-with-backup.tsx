import { useId } from 'react';
import { useInstrument, useWorkspaceStore } from '../providers/services';
import { workspaceOf } from '../store/workspace-store';
import { downloadWorkspace } from './download-workspace';

type Props = { text: string; backupLabel: string; confirmLabel: string; cancelLabel: string; onConfirm: () => void; onCancel: () => void };

/**
 * The question before a deletion: what will go, a backup of the whole workspace offered first,
 * then the deletion itself or a way back. Every deletion asks it the same way.
 */
export function ConfirmWithBackup({ text, backupLabel, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const textId = useId();
  return (
    <div role="alertdialog" aria-labelledby={textId} className="alert alert--error">
      <p id={textId}>{text}</p>
      <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))}>
        {backupLabel}
      </button>{' '}
      <button type="button" className="button-danger" onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
