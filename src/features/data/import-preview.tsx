import type { ReactNode } from 'react';
import type { ImportPlan, ValueChange } from '../../domain/workspace/import-plan';
import { useInstrument } from '../../providers/services';

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
      <ChangeTable caption="Befintliga poäng som ändras eller tas bort" changes={scoreChanges} countyName={name} show={score} />
      <ChangeTable caption="Anteckningar som ändras" changes={noteChanges} countyName={name} show={(note) => note || '–'} noteCells />
    </div>
  );
}

type ChangeTableProps<V> = {
  caption: string;
  changes: ValueChange<V>[];
  countyName: (code: string) => string;
  show: (value: V) => ReactNode;
  noteCells?: boolean;
};

function ChangeTable<V>({ caption, changes, countyName, show, noteCells = false }: ChangeTableProps<V>) {
  if (changes.length === 0) return null;
  const cellClass = noteCells ? 'note-cell' : undefined;
  return (
    <table>
      <caption>
        {caption}
        {changes.length > MAX_LISTED ? ` (de första ${MAX_LISTED})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Län</th>
          <th scope="col">Påstående</th>
          <th scope="col">Nu</th>
          <th scope="col">Efter importen</th>
        </tr>
      </thead>
      <tbody>
        {changes.slice(0, MAX_LISTED).map((change) => (
          <tr key={`${change.county}/${change.statement}`}>
            <td>{countyName(change.county)}</td>
            <td>{change.statement}</td>
            <td className={cellClass}>{show(change.from)}</td>
            <td className={cellClass}>{show(change.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
