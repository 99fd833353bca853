import { ProblemList } from '../../components/problem-list';
import { downloadText, isoDate } from '../../lib/download';
import type { Unreadable } from '../../store/persistence';

/** Stored data that could not be read is kept aside, never overwritten, and can be downloaded. */
export function RestoreNotice({ unreadable }: { unreadable: Unreadable | null }) {
  if (!unreadable) return null;
  const download = () =>
    downloadText(`lansinventering-olasbar-${isoDate(new Date())}.json`, JSON.stringify(unreadable.raw, null, 2));
  return (
    <div role="alert" className="alert alert--error">
      <p>
        Sparad data i den här webbläsaren kunde inte läsas. Den har lagts undan orörd (som
        «{unreadable.keptAs}») och appen har startat tom. Ladda ner den för att se vad den innehåller
        eller lämna den till den som har en nyare version av appen.
      </p>
      <details>
        <summary>Vad som var fel</summary>
        <ProblemList problems={unreadable.problems} />
      </details>
      <button type="button" onClick={download}>
        Ladda ner den olästa datan
      </button>
    </div>
  );
}
