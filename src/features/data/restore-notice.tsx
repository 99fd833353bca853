import { ProblemList } from '../../components/problem-list';
import type { RestoreOutcome } from '../../store/persistence';
import { downloadText, isoDate } from '../../lib/download';

/** Stored data that could not be read is kept aside, never overwritten, and can be downloaded. */
export function RestoreNotice({ restore }: { restore: RestoreOutcome }) {
  if (restore.kind !== 'unreadable') return null;
  const download = () =>
    downloadText(`lansinventering-olasbar-${isoDate(new Date())}.json`, JSON.stringify(restore.raw, null, 2));
  return (
    <div role="alert" className="alert alert--error">
      <p>
        Sparad data i den här webbläsaren kunde inte läsas. Den har lagts undan orörd (som
        «{restore.keptAs}») och appen har startat tom. Ladda ner den för att se vad den innehåller.
      </p>
      <details>
        <summary>Vad som var fel</summary>
        <ProblemList problems={restore.problems} />
      </details>
      <button type="button" onClick={download}>
        Ladda ner den olästa datan
      </button>
    </div>
  );
}
