import { useState } from 'react';
import { figureExportMessages } from '../../i18n/messages/figure-export';
import { useTranslation } from '../../i18n/use-translation';
import type { ExportKind, SheetRequest } from './sheet-download';
import './export-buttons.css';

type Props = {
  /** What is downloaded, as the end of each button's name: "Figur 3", "alla sex figurer". */
  name: string;
  /** Gathers the charts and texts at the moment of the click, so the file shows what the page shows. */
  request: (kind: ExportKind) => SheetRequest;
};

/**
 * "Ladda ner SVG" and "Ladda ner PNG" for a chart or a sheet of charts. Making a PNG takes a second
 * or three: the clicked button says so in its own text while it works, and the live region, there
 * from the start, tells screen readers.
 */
export function ExportButtons({ name, request }: Props) {
  const { t } = useTranslation(figureExportMessages);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (kind: ExportKind) => {
    if (busy !== null) return;
    setBusy(kind);
    setFailure(null);
    try {
      const { downloadSheet } = await import('./sheet-download');
      await downloadSheet(request(kind));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-buttons">
      {(['svg', 'png'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className={busy === kind ? 'button-secondary export-buttons__busy' : 'button-secondary'}
          onClick={() => void download(kind)}
          aria-disabled={busy !== null}
        >
          {busy === kind ? t('busy', { kind: kind.toUpperCase() }) : t(kind)}{' '}
          <span className="visually-hidden">{t('of', { name })}</span>
        </button>
      ))}
      <span role="status" className="visually-hidden">
        {busy !== null ? t('busy', { kind: busy.toUpperCase() }) : ''}
      </span>
      {failure !== null && (
        <p role="alert" className="alert">
          {t('failed', { message: failure })}
        </p>
      )}
    </div>
  );
}
