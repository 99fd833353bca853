import { useId, useState } from 'react';
import { downloadWorkspace } from '../../components/download-workspace';
import { changesToClear } from '../../domain/workspace/change-lists';
import { summarizeWorkspace } from '../../domain/workspace/import-plan';
import { dataMessages } from '../../i18n/messages/data';
import { savingMessages } from '../../i18n/messages/saving';
import { useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { describeSummary } from './import-summary';

const ALL = 'alla';

/** Deleting needs a choice, a confirmation, and the offer of a backup first. It can be undone. */
export function DeleteSection() {
  const { t } = useTranslation(dataMessages);
  const { t: tSaving } = useTranslation(savingMessages);
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const { round } = useRound();
  const record = useWorkspace((state) => state.data[round.id]);
  const [target, setTarget] = useState(ALL);
  const [confirming, setConfirming] = useState(false);
  // What was deleted, kept as the choice (not its name) so the message follows a change of language.
  const [deleted, setDeleted] = useState<string | null>(null);
  const selectId = useId();
  const hasData = (code: string) =>
    record !== undefined && [record.agreed, ...Object.values(record.raters)].some((sheet) => sheet[code] !== undefined);
  const withData = instrument.counties.filter((county) => hasData(county.code));
  const codes = target === ALL ? withData.map((county) => county.code) : [target];
  const nameOf = (choice: string) =>
    choice === ALL ? t('delete.all') : (instrument.counties.find((c) => c.code === choice)?.name ?? choice);
  const what = nameOf(target);
  const selected = summarizeWorkspace(workspaceOf(store.getState()), { round: round.id, counties: codes });

  const remove = () => {
    const changes = changesToClear(workspaceOf(store.getState()), round.id, codes);
    store.getState().applyStep({ kind: 'delete', count: changes.length }, changes);
    setConfirming(false);
    setDeleted(target);
  };

  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('delete.heading')}</h2>
      {withData.length === 0 ? (
        <p>{t('delete.nothing')}</p>
      ) : (
        <>
          <label htmlFor={selectId} className="file-label">
            {t('delete.what')}
          </label>
          <select id={selectId} value={target} onChange={(event) => { setTarget(event.target.value); setConfirming(false); }}>
            <option value={ALL}>{t('delete.allOption', { number: withData.length })}</option>
            {withData.map((county) => (
              <option key={county.code} value={county.code}>
                {county.name}
              </option>
            ))}
          </select>{' '}
          <button type="button" className="button-secondary" onClick={() => { setConfirming(true); setDeleted(null); }}>
            {t('delete.start')}
          </button>
        </>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-confirm-text" className="alert alert--error">
          <p id="delete-confirm-text">{t('delete.confirm', { summary: describeSummary(t, selected), what })}</p>
          <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))}>
            {tSaving('downloadBackup')}
          </button>{' '}
          <button type="button" className="button-danger" onClick={remove}>
            {t('delete.confirmButton', { what })}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {deleted !== null && (
        <p role="status" className="alert alert--info">
          {t('delete.done', { what: nameOf(deleted) })}
        </p>
      )}
    </section>
  );
}
