import { downloadWorkspace } from '../../components/download-workspace';
import { savingMessages } from '../../i18n/messages/saving';
import { useTranslation } from '../../i18n/use-translation';
import { useInstrument, useSaver, useSaveStatus, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import './save-status.css';

const LABEL_KEY = { saved: 'saveStatus.saved', saving: 'saveStatus.saving', failed: 'saveStatus.failed' } as const;

/** Always visible: whether the latest change is stored in this browser. */
export function SaveStatusIndicator() {
  const { t } = useTranslation(savingMessages);
  const status = useSaveStatus();
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const saver = useSaver();
  return (
    <div className="save-status">
      <p role="status" className={`save-status__label save-status__label--${status.state}`}>
        {t(LABEL_KEY[status.state])}
      </p>
      {status.state === 'failed' && (
        <div role="alert" className="alert alert--error save-status__alert">
          {/* The message comes from the browser's storage, as it is. */}
          <p>{t('saveStatus.failedText', { message: status.message })}</p>
          <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))}>
            {t('downloadBackup')}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={saver.retry}>
            {t('saveStatus.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
