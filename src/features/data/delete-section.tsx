import { useId, useState } from 'react';
import { changesToClear } from '../../domain/workspace/changes';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { downloadWorkspace } from './export-workspace';
import { describeSummary, summarizeWorkspace } from './import-summary';

const ALL = 'alla';

/** Deleting needs a choice, a confirmation, and the offer of a backup first. It can be undone. */
export function DeleteSection() {
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const assessments = useWorkspace((state) => state.assessments);
  const [target, setTarget] = useState(ALL);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<string | null>(null);
  const selectId = useId();
  const withData = instrument.counties.filter((county) => assessments[county.code] !== undefined);
  const codes = target === ALL ? withData.map((county) => county.code) : [target];
  const what = target === ALL ? 'alla län' : (instrument.counties.find((c) => c.code === target)?.name ?? target);
  const selected = summarizeWorkspace({ assessments: Object.fromEntries(codes.flatMap((c) => (assessments[c] ? [[c, assessments[c]]] : []))) });

  const remove = () => {
    const changes = changesToClear(workspaceOf(store.getState()), codes);
    store.getState().applyStep({ kind: 'delete', count: changes.length }, changes);
    setConfirming(false);
    setDeleted(what);
  };

  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">Radera</h2>
      {withData.length === 0 ? (
        <p>Det finns inga poäng eller anteckningar att radera.</p>
      ) : (
        <>
          <label htmlFor={selectId} className="file-label">
            Vad ska raderas?
          </label>
          <select id={selectId} value={target} onChange={(event) => { setTarget(event.target.value); setConfirming(false); }}>
            <option value={ALL}>Alla län ({withData.length})</option>
            {withData.map((county) => (
              <option key={county.code} value={county.code}>
                {county.name}
              </option>
            ))}
          </select>{' '}
          <button type="button" className="button-secondary" onClick={() => { setConfirming(true); setDeleted(null); }}>
            Radera …
          </button>
        </>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-confirm-text" className="alert alert--error">
          <p id="delete-confirm-text">
            Du håller på att radera {describeSummary(selected)} för {what}. Ladda ner en säkerhetskopia
            först om du kan behöva datan igen.
          </p>
          <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))}>
            Ladda ner säkerhetskopia
          </button>{' '}
          <button type="button" className="button-danger" onClick={remove}>
            Radera {what}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Avbryt
          </button>
        </div>
      )}
      {deleted && (
        <p role="status" className="alert alert--info">
          Data för {deleted} är raderad. Du kan ångra med «Ångra» överst på sidan.
        </p>
      )}
    </section>
  );
}
