import { useInstrument } from '../../providers/services';
import type { ImportPlan } from '../../domain/workspace/import-plan';

const MAX_LISTED = 40;

/** What an import will do, before anything changes: counties, scores and notes that change. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const { counties } = useInstrument();
  const name = (code: string) => counties.find((county) => county.code === code)?.name ?? code;
  const score = (value: number | null) => (value === null ? 'ingen' : String(value));
  const { countiesAdded, countiesRemoved, noteChanges } = plan;
  // New scores are listed by number; values that already exist and would change are listed one by one.
  const added = plan.scoreChanges.filter((change) => change.from === null).length;
  const scoreChanges = plan.scoreChanges.filter((change) => change.from !== null);
  const removed = scoreChanges.filter((change) => change.to === null).length;

  if (plan.changes.length === 0) return <p>Importen ändrar ingenting: filen stämmer med den nuvarande arbetsytan.</p>;
  return (
    <div className="import-preview">
      <ul>
        {countiesAdded.length > 0 && <li>Län som läggs till: {countiesAdded.map(name).join(', ')}</li>}
        {countiesRemoved.length > 0 && <li>Län vars data tas bort: {countiesRemoved.map(name).join(', ')}</li>}
        <li>
          {added} nya poäng, {scoreChanges.length - removed} ändrade poäng, {removed} borttagna poäng;{' '}
          {noteChanges.length} {noteChanges.length === 1 ? 'anteckning ändras' : 'anteckningar ändras'}.
        </li>
      </ul>
      {scoreChanges.length > 0 && (
        <table>
          <caption>Befintliga poäng som ändras eller tas bort{scoreChanges.length > MAX_LISTED ? ` (de första ${MAX_LISTED})` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Län</th>
              <th scope="col">Påstående</th>
              <th scope="col">Nu</th>
              <th scope="col">Efter importen</th>
            </tr>
          </thead>
          <tbody>
            {scoreChanges.slice(0, MAX_LISTED).map((change) => (
              <tr key={`${change.county}/${change.statement}`}>
                <td>{name(change.county)}</td>
                <td>{change.statement}</td>
                <td>{score(change.from)}</td>
                <td>{score(change.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {noteChanges.length > 0 && (
        <table>
          <caption>Anteckningar som ändras{noteChanges.length > MAX_LISTED ? ` (de första ${MAX_LISTED})` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Län</th>
              <th scope="col">Påstående</th>
              <th scope="col">Nu</th>
              <th scope="col">Efter importen</th>
            </tr>
          </thead>
          <tbody>
            {noteChanges.slice(0, MAX_LISTED).map((change) => (
              <tr key={`${change.county}/${change.statement}`}>
                <td>{name(change.county)}</td>
                <td>{change.statement}</td>
                <td className="note-cell">{change.from || '–'}</td>
                <td className="note-cell">{change.to || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
