import { useId, useState } from 'react';
import { downloadWorkspace } from '../../components/download-workspace';
import { changesToClear } from '../../domain/workspace/changes';
import { dataMessages } from '../../i18n/messages/data';
import { useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { describeSummary, summarizeWorkspace } from './import-summary';

const ALL = 'alla';

/** Deleting needs a choice, a confirmation, and the offer of a backup first. It can be undone. */
export function DeleteSection() {
  const { t } = useTranslation(dataMessages);
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const assessments = useWorkspace((state) => state.assessments);
  const [target, setTarget] = useState(ALL);
  const [confirming, setConfirming] = useState(false);
  // What was deleted, kept as the choice (not its name) so the message follows a change of language.
  const [deleted, setDeleted] = useState<string | null>(null);
  const selectId = useId();
  const withData = instrument.counties.filter((county) => assessments[county.code] !== undefined);
  const codes = target === ALL ? withData.map((county) => county.code) : [target];
  const nameOf = (choice: string) =>
    choice === ALL ? t('delete.all') : (instrument.counties.find((c) => c.code === choice)?.name ?? choice);
  const what = nameOf(target);
  const selected = summarizeWorkspace({ assessments: Object.fromEntries(codes.flatMap((c) => (assessments[c] ? [[c, assessments[c]]] : []))) });

  const remove = () => {
    const changes = changesToClear(workspaceOf(store.getState()), codes);
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
            {t('downloadBackup')}
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
