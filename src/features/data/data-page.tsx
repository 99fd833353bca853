import { useId, useState, type ChangeEvent } from 'react';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { ProblemList } from '../../components/problem-list';
import type { Problem } from '../../domain/problems';
import type { Workspace } from '../../domain/workspace/workspace';
import { workspaceOf } from '../../store/workspace-store';
import { downloadWorkspace } from './export-workspace';
import { describeSummary, summarizeWorkspace } from './import-summary';
import { readImportFile } from './read-import-file';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'invalid'; fileName: string; problems: Problem[] }
  | { kind: 'ready'; fileName: string; workspace: Workspace }
  | { kind: 'done'; fileName: string; previous: Workspace }
  | { kind: 'undone' };

/** Download the whole workspace as a file, and import one: checked first, applied all at once. */
export default function DataPage() {
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const assessments = useWorkspace((state) => state.assessments);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const inputId = useId();
  const current = describeSummary(summarizeWorkspace({ assessments }));

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await readImportFile(file, instrument);
    setState(
      result.ok
        ? { kind: 'ready', fileName: file.name, workspace: result.value }
        : { kind: 'invalid', fileName: file.name, problems: result.problems },
    );
  };

  const apply = (workspace: Workspace, fileName: string) => {
    const previous = workspaceOf(store.getState());
    store.getState().replaceWorkspace(workspace);
    setState({ kind: 'done', fileName, previous });
  };

  const undo = (previous: Workspace) => {
    store.getState().replaceWorkspace(previous);
    setState({ kind: 'undone' });
  };

  return (
    <>
      <h1 tabIndex={-1}>Data</h1>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Ladda ner</h2>
        <p>Arbetsytan innehåller nu {current}. Filen kan importeras igen här eller i en annan webbläsare.</p>
        <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))}>
          Ladda ner arbetsytan (JSON)
        </button>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Importera</h2>
        <p>
          Hela filen kontrolleras innan något ändras. En fil med fel ändrar ingenting. En giltig fil
          ersätter den nuvarande arbetsytan först när du bekräftar.
        </p>
        <label htmlFor={inputId} className="file-label">Välj en fil att importera (JSON, högst 5 MB)</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void choose(e)} />
        <ImportStatus state={state} current={current} onApply={apply} onCancel={() => setState({ kind: 'idle' })} onUndo={undo} />
      </section>
    </>
  );
}

type StatusProps = {
  state: ImportState;
  current: string;
  onApply: (workspace: Workspace, fileName: string) => void;
  onCancel: () => void;
  onUndo: (previous: Workspace) => void;
};

function ImportStatus({ state, current, onApply, onCancel, onUndo }: StatusProps) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'invalid':
      return (
        <div role="alert" className="alert alert--error">
          <p>
            «{state.fileName}» kunde inte importeras. Ingenting har ändrats. Detta är fel i filen:
          </p>
          <ProblemList problems={state.problems} />
        </div>
      );
    case 'ready':
      return (
        <div role="status" className="alert alert--info">
          <p>
            «{state.fileName}» är giltig och innehåller {describeSummary(summarizeWorkspace(state.workspace))}.
            Om du importerar den ersätts den nuvarande arbetsytan ({current}).
          </p>
          <button type="button" onClick={() => onApply(state.workspace, state.fileName)}>
            Ersätt arbetsytan med filen
          </button>{' '}
          <button type="button" className="button-secondary" onClick={onCancel}>
            Avbryt
          </button>
        </div>
      );
    case 'done':
      return (
        <div role="status" className="alert alert--success">
          <p>«{state.fileName}» är importerad. Arbetsytan innehåller nu {current}.</p>
          <button type="button" className="button-secondary" onClick={() => onUndo(state.previous)}>
            Ångra importen
          </button>
        </div>
      );
    case 'undone':
      return (
        <p role="status" className="alert alert--info">
          Importen är ångrad. Arbetsytan är som före importen.
        </p>
      );
  }
}
