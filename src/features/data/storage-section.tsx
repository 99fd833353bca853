import { useEffect, useState } from 'react';
import { downloadText } from '../../lib/download';
import { useSaveStatus, useStorage } from '../../providers/services';

type Kept = { key: string; document: unknown };

/** Where the data lives, whether the browser promised to keep it, and data kept aside. */
export function StorageSection() {
  const { persistent } = useSaveStatus();
  const storage = useStorage();
  const [kept, setKept] = useState<Kept[]>([]);

  useEffect(() => {
    let cancelled = false;
    storage.listKeptAside().then(
      (found) => !cancelled && setKept(found),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [storage]);

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Lagring i webbläsaren</h2>
      <p>
        Poäng och anteckningar sparas i den här webbläsaren på den här datorn vid varje ändring.
        De skickas inte någonstans. Ladda ner en säkerhetskopia regelbundet.
      </p>
      <p>
        {persistent === true && 'Webbläsaren har lovat att inte rensa datan när utrymmet blir knappt (beständig lagring).'}
        {persistent === false &&
          'Webbläsaren har inte beviljat beständig lagring: datan kan rensas om diskutrymmet tar slut eller om webbplatsdata rensas. Ladda ner säkerhetskopior.'}
        {persistent === null && 'Webbläsaren kan inte säga om lagringen är beständig. Ladda ner säkerhetskopior.'}
      </p>
      {kept.length > 0 && (
        <>
          <h3>Undanlagd data som inte kunde läsas</h3>
          <ul>
            {kept.map(({ key, document }) => (
              <li key={key}>
                {key}{' '}
                <button type="button" className="button-secondary" onClick={() => downloadText(`lansinventering-${key.replace(/[:.]/g, '-')}.json`, JSON.stringify(document, null, 2))}>
                  Ladda ner {key}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
