import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { ProblemList } from '../../components/problem-list';
import { inverseOf, type Change } from '../../domain/workspace/changes';
import { planImport, type ImportMode } from '../../domain/workspace/import-plan';
import type { Problem } from '../../domain/problems';
import type { Workspace } from '../../domain/workspace/workspace';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { ImportPreview } from './import-preview';
import { describeSummary, summarizeWorkspace } from './import-summary';
import { readImportFile } from './read-import-file';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'invalid'; fileName: string; problems: Problem[] }
  | { kind: 'ready'; fileName: string; incoming: Workspace }
  | { kind: 'done'; fileName: string; undo: Change[] }
  | { kind: 'undone' };

/** Import a JSON or CSV file: checked in full, previewed, applied all at once, undoable. */
export function ImportSection() {
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const inputId = useId();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await readImportFile(file, instrument);
    setState(
      result.ok
        ? { kind: 'ready', fileName: file.name, incoming: result.value }
        : { kind: 'invalid', fileName: file.name, problems: result.problems },
    );
  };

  const apply = (incoming: Workspace, fileName: string) => {
    const current = workspaceOf(store.getState());
    const { changes } = planImport(current, incoming, mode);
    const undo = inverseOf(current, changes);
    store.getState().applyStep({ kind: 'import', count: changes.length }, changes);
    setState({ kind: 'done', fileName, undo });
  };

  const undoImport = (undo: Change[]) => {
    store.getState().applyStep({ kind: 'restore', count: undo.length }, undo);
    setState({ kind: 'undone' });
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Importera</h2>
      <p>
        Importera en JSON-fil från den här appen eller poäng i CSV-format
        (<code>lan;pastaende;poang;anteckning</code>). Hela filen kontrolleras först; en fil med fel
        ändrar ingenting. Du ser vad importen gör innan du godkänner den.
      </p>
      <label htmlFor={inputId} className="file-label">
        Välj en fil att importera (JSON eller CSV, högst 5 MB)
      </label>
      <input id={inputId} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void choose(e)} />
      {state.kind === 'invalid' && (
        <div role="alert" className="alert alert--error">
          <p>«{state.fileName}» kunde inte importeras. Ingenting har ändrats. Detta är fel i filen:</p>
          <ProblemList problems={state.problems} />
        </div>
      )}
      {state.kind === 'ready' && (
        <ReadyToImport
          fileName={state.fileName}
          incoming={state.incoming}
          mode={mode}
          onMode={setMode}
          onApply={() => apply(state.incoming, state.fileName)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {state.kind === 'done' && <Imported fileName={state.fileName} onUndo={() => undoImport(state.undo)} />}
      {state.kind === 'undone' && (
        <p role="status" className="alert alert--info">
          Importen är ångrad. Arbetsytan är som före importen.
        </p>
      )}
    </section>
  );
}

type ReadyProps = {
  fileName: string;
  incoming: Workspace;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  onApply: () => void;
  onCancel: () => void;
};

function ReadyToImport({ fileName, incoming, mode, onMode, onApply, onCancel }: ReadyProps) {
  const assessments = useWorkspace((state) => state.assessments);
  const plan = useMemo(() => planImport({ assessments }, incoming, mode), [assessments, incoming, mode]);
  return (
    <div role="status" className="alert alert--info">
      <p>
        «{fileName}» är giltig och innehåller {describeSummary(summarizeWorkspace(incoming))}. Arbetsytan
        innehåller nu {describeSummary(summarizeWorkspace({ assessments }))}.
      </p>
      <fieldset className="inline-choice">
        <legend>Hur ska filen importeras?</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} /> Slå
          ihop: filens värden ersätter motsvarande värden, allt annat behålls
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} />{' '}
          Ersätt: arbetsytan blir exakt filens innehåll
        </label>
      </fieldset>
      <ImportPreview plan={plan} />
      <button type="button" onClick={onApply} disabled={plan.changes.length === 0}>
        {mode === 'merge' ? 'Importera och slå ihop' : 'Importera och ersätt'}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={onCancel}>
        Avbryt
      </button>
    </div>
  );
}

function Imported({ fileName, onUndo }: { fileName: string; onUndo: () => void }) {
  const assessments = useWorkspace((state) => state.assessments);
  return (
    <div role="status" className="alert alert--success">
      <p>
        «{fileName}» är importerad. Arbetsytan innehåller nu {describeSummary(summarizeWorkspace({ assessments }))}.
      </p>
      <button type="button" className="button-secondary" onClick={onUndo}>
        Ångra importen
      </button>
    </div>
  );
}
