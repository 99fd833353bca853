import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { downloadScoresCsv, downloadWorkspace } from './export-workspace';
import { describeSummary, summarizeWorkspace } from './import-summary';

export function ExportSection() {
  const { t } = useTranslation('data');
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const assessments = useWorkspace((state) => state.assessments);
  const [delimiter, setDelimiter] = useState<';' | ','>(';');
  const current = () => workspaceOf(store.getState());

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p>{t('export.intro', { summary: describeSummary(t, summarizeWorkspace({ assessments })) })}</p>
      <p>
        <button type="button" onClick={() => downloadWorkspace(instrument, current())}>
          {t('export.json')}
        </button>
      </p>
      <fieldset className="inline-choice">
        <legend>{t('export.delimiter')}</legend>
        <label>
          <input type="radio" name="csv-delimiter" checked={delimiter === ';'} onChange={() => setDelimiter(';')} />{' '}
          {t('export.semicolon')}
        </label>
        <label>
          <input type="radio" name="csv-delimiter" checked={delimiter === ','} onChange={() => setDelimiter(',')} />{' '}
          {t('export.comma')}
        </label>
      </fieldset>
      <p>
        <button type="button" onClick={() => downloadScoresCsv(instrument, current(), delimiter)}>
          {t('export.csv')}
        </button>
      </p>
    </section>
  );
}
