import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FileInput } from '../../components/file-input';
import { ImportPreview } from '../../components/import-preview';
import { ProblemList } from '../../components/problem-list';
import type { Problem } from '../../domain/problems';
import type { Round } from '../../domain/rounds/round';
import { inverseOf, type Change } from '../../domain/workspace/changes';
import { incomingWorkspace, planImport, summarizeWorkspace, type ImportMode, type Incoming } from '../../domain/workspace/import-plan';
import { dataMessages } from '../../i18n/messages/data';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { describeSummary } from './import-summary';
import { readImportFile } from './read-import-file';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'invalid'; fileName: string; problems: Problem[] }
  | { kind: 'ready'; fileName: string; incoming: Incoming }
  | { kind: 'done'; fileName: string; undo: Change[] }
  | { kind: 'undone' };

/** Import a JSON or CSV file: checked in full, previewed, applied all at once, undoable. */
export function ImportSection() {
  const { t } = useTranslation(dataMessages);
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const { round: roundInUse, rounds } = useRound();
  // A file from before rounds goes into the round in use, unless the user picks another.
  const [targetId, setTargetId] = useState<string | null>(null);
  const target = rounds.find((round) => round.id === targetId) ?? roundInUse;

  const choose = async (file: File) => {
    const result = await readImportFile(file, instrument, workspaceOf(store.getState()));
    setState(
      result.ok
        ? { kind: 'ready' as const, fileName: file.name, incoming: result.value }
        : { kind: 'invalid' as const, fileName: file.name, problems: result.problems },
    );
  };

  const apply = (incoming: Incoming, fileName: string) => {
    const current = workspaceOf(store.getState());
    const { changes } = planImport(current, incomingWorkspace(incoming, target), mode);
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
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p>
        <Trans t={t} i18nKey="import.intro" components={{ code: <code /> }} />
      </p>
      <FileInput label={t('import.chooseFile')} accept=".json,.csv,application/json,text/csv" onFile={(file) => void choose(file)} />
      {state.kind === 'invalid' && (
        <div role="alert" className="alert alert--error">
          <p>{t('import.invalid', { fileName: state.fileName })}</p>
          {/* The problems come from the domain and are shown as they are. */}
          <ProblemList problems={state.problems} />
        </div>
      )}
      {state.kind === 'ready' && (
        <ReadyToImport
          fileName={state.fileName}
          incoming={state.incoming}
          mode={mode}
          onMode={setMode}
          target={target}
          rounds={rounds}
          onTarget={setTargetId}
          onApply={() => apply(state.incoming, state.fileName)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {state.kind === 'done' && <Imported fileName={state.fileName} onUndo={() => undoImport(state.undo)} />}
      {state.kind === 'undone' && (
        <FocusedOnArrival className="alert alert--info">
          <p>{t('import.undone')}</p>
        </FocusedOnArrival>
      )}
    </section>
  );
}

type ReadyProps = {
  fileName: string;
  incoming: Incoming;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  target: Round;
  rounds: Round[];
  onTarget: (id: string) => void;
  onApply: () => void;
  onCancel: () => void;
};

function ReadyToImport({ fileName, incoming, mode, onMode, target, rounds, onTarget, onApply, onCancel }: ReadyProps) {
  const { t } = useTranslation(dataMessages);
  const current = useWorkspace(useShallow(workspaceOf));
  const workspace = useMemo(() => incomingWorkspace(incoming, target), [incoming, target]);
  const plan = useMemo(() => planImport(current, workspace, mode), [current, workspace, mode]);
  const roundSelect = useId();
  return (
    <div role="status" className="alert alert--info">
      <p>
        {t('import.valid', {
          fileName,
          incoming: describeSummary(t, summarizeWorkspace(workspace)),
          current: describeSummary(t, summarizeWorkspace(current)),
        })}
      </p>
      {incoming.kind === 'one-round' && (
        <p>
          <label htmlFor={roundSelect}>{t('import.roundLabel')}</label>{' '}
          <select id={roundSelect} value={target.id} onChange={(event) => onTarget(event.target.value)}>
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.name}
              </option>
            ))}
          </select>
          <span className="field-hint">{t('import.roundHint')}</span>
        </p>
      )}
      <fieldset className="inline-choice">
        <legend>{t('import.modeLegend')}</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} />{' '}
          {t('import.modeMerge')}
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} />{' '}
          {t('import.modeReplace')}
        </label>
      </fieldset>
      <ImportPreview plan={plan} fileNotes={incoming.kind === 'rounds' ? incoming.notes : undefined} />
      <button type="button" onClick={onApply} disabled={plan.changes.length === 0}>
        {mode === 'merge' ? t('import.applyMerge') : t('import.applyReplace')}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

/**
 * The outcome of a step the person took with a button that is gone once it is done: focus moves
 * here, so the next Tab continues from the outcome rather than from the top of the page.
 */
function FocusedOnArrival({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="status" className={className} tabIndex={-1}>
      {children}
    </div>
  );
}

function Imported({ fileName, onUndo }: { fileName: string; onUndo: () => void }) {
  const { t } = useTranslation(dataMessages);
  const summary = useWorkspace((state) => describeSummary(t, summarizeWorkspace(state)));
  const roundHref = useRoundHref();
  return (
    <FocusedOnArrival className="alert alert--success">
      <p>{t('import.done', { fileName, current: summary })}</p>
      <p>
        {/* <Trans> puts the link texts from the catalogue inside the anchors. */}
        {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
        <Trans t={t} i18nKey="import.next" components={{ lan: <a href={roundHref('#/lan')} />, figurer: <a href={roundHref('#/figurer')} /> }} />
      </p>
      <button type="button" className="button-secondary" onClick={onUndo}>
        {t('import.undo')}
      </button>
    </FocusedOnArrival>
  );
}
