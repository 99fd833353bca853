import { useSaveStatus } from '../../providers/services';

/** Where the data lives, and whether the browser has promised to keep it. */
export function StorageSection() {
  const { persistent } = useSaveStatus();
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
    </section>
  );
}
