import { useState } from 'react';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { downloadScoresCsv, downloadWorkspace } from './export-workspace';
import { describeSummary, summarizeWorkspace } from './import-summary';

export function ExportSection() {
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const assessments = useWorkspace((state) => state.assessments);
  const [delimiter, setDelimiter] = useState<';' | ','>(';');
  const current = () => workspaceOf(store.getState());

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Ladda ner</h2>
      <p>
        Arbetsytan innehåller nu {describeSummary(summarizeWorkspace({ assessments }))}. JSON-filen
        innehåller allt och kan importeras igen här eller i en annan webbläsare. CSV-filen har en rad
        per län och påstående, för kalkylprogram.
      </p>
      <p>
        <button type="button" onClick={() => downloadWorkspace(instrument, current())}>
          Ladda ner arbetsytan (JSON)
        </button>
      </p>
      <fieldset className="inline-choice">
        <legend>Avgränsare i CSV-filen</legend>
        <label>
          <input type="radio" name="csv-delimiter" checked={delimiter === ';'} onChange={() => setDelimiter(';')} />{' '}
          Semikolon (svenskt Excel)
        </label>
        <label>
          <input type="radio" name="csv-delimiter" checked={delimiter === ','} onChange={() => setDelimiter(',')} />{' '}
          Komma
        </label>
      </fieldset>
      <p>
        <button type="button" onClick={() => downloadScoresCsv(instrument, current(), delimiter)}>
          Ladda ner poängen (CSV)
        </button>
      </p>
    </section>
  );
}
