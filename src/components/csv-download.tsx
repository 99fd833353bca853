import { useId } from 'react';
import { useStore } from 'zustand';
import { csvExportMessages } from '../i18n/messages/csv-export';
import { useTranslation } from '../i18n/use-translation';
import type { CsvDelimiter } from '../lib/csv-text';
import { downloadText, isoDate } from '../lib/download';
import { csvDelimiterStore } from '../store/csv-delimiter-store';
import './csv-download.css';

export type CsvFile = {
  /** The button's text, which must be unique on the page. */
  label: string;
  /** The file name before the date: `jamfor-overblick` is saved as `jamfor-overblick-2026-11-25.csv`. */
  fileStem: string;
  /** Written when the button is pressed, so the file holds what the view shows at that moment. */
  text: (delimiter: CsvDelimiter) => string;
};

const DELIMITERS = [
  { value: ';', key: 'semicolon' },
  { value: ',', key: 'comma' },
] as const;

/** The delimiter shared by every CSV download in the app, and a setter that remembers it. */
function useCsvDelimiter(): [CsvDelimiter, (delimiter: CsvDelimiter) => void] {
  const delimiter = useStore(csvDelimiterStore, (state) => state.delimiter);
  const setDelimiter = useStore(csvDelimiterStore, (state) => state.setDelimiter);
  return [delimiter, setDelimiter];
}

/**
 * One or more CSV download buttons under the delimiter choice. The choice is the same for every
 * CSV the app writes and is remembered in this browser.
 */
export function CsvDownload({ files, note }: { files: readonly CsvFile[]; note?: string }) {
  const { t } = useTranslation(csvExportMessages);
  const group = useId();
  const [delimiter, setDelimiter] = useCsvDelimiter();
  const download = (file: CsvFile) =>
    downloadText(`${file.fileStem}-${isoDate(new Date())}.csv`, file.text(delimiter), 'text/csv');

  return (
    <div className="csv-download">
      {note !== undefined && <p className="csv-download__note">{note}</p>}
      <fieldset className="csv-download__delimiter">
        <legend>{t('delimiter')}</legend>
        {DELIMITERS.map(({ value, key }) => (
          <label key={value}>
            <input type="radio" name={group} checked={delimiter === value} onChange={() => setDelimiter(value)} /> {t(key)}
          </label>
        ))}
      </fieldset>
      <div className="csv-download__buttons">
        {files.map((file) => (
          <button key={file.fileStem} type="button" onClick={() => download(file)}>
            {file.label}
          </button>
        ))}
      </div>
    </div>
  );
}
