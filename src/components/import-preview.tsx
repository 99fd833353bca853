import type { ReactNode } from 'react';
import { AGREED } from '../domain/workspace/changes';
import type { ImportPlan, ValueChange } from '../domain/workspace/import-plan';
import { dataMessages } from '../i18n/messages/data';
import { useTranslation } from '../i18n/use-translation';
import { useInstrument, useWorkspace } from '../providers/services';

const MAX_LISTED = 40;

type Names = { county: (code: string) => string; rater: (id: string) => string };

/**
 * What an import will do, before anything changes: rounds, raters, counties, scores and notes that
 * change; first what the file says it is, when it says.
 */
export function ImportPreview({ plan, fileNotes }: { plan: ImportPlan; fileNotes?: string | undefined }) {
  const { t } = useTranslation(dataMessages);
  const { counties } = useInstrument();
  const raters = useWorkspace((state) => state.raters);
  const order = counties.map((county) => county.code);
  const names: Names = {
    county: (code) => counties.find((county) => county.code === code)?.name ?? code,
    rater: (id) => (id === AGREED ? t('preview.agreed') : (raters[id]?.name ?? plan.ratersAdded.find((r) => r.id === id)?.name ?? id)),
  };
  const score = (value: number | null) => (value === null ? t('preview.noScore') : String(value));
  const { noteChanges } = plan;
  // New scores are listed by number; values that already exist and would change are listed one by one.
  const added = plan.scoreChanges.filter((change) => change.from === null).length;
  const scoreChanges = plan.scoreChanges.filter((change) => change.from !== null);
  const removed = scoreChanges.filter((change) => change.to === null).length;
  // Round and rater columns only where the import touches more than the agreed scores of one round.
  const all = [...plan.scoreChanges, ...noteChanges];
  const wide = new Set(all.map((change) => change.round)).size > 1 || all.some((change) => change.rater !== AGREED);

  // With one round in the workspace, before and after, the round goes without saying.
  const oneRound = new Set([...plan.countiesAdded, ...plan.countiesRemoved].map((pair) => pair.round)).size <= 1 && Object.keys(plan.result.rounds).length <= 1;
  const notes = fileNotes !== undefined && <p className="note-cell">{t('preview.fileNotes', { notes: fileNotes })}</p>;
  if (plan.changes.length === 0) {
    return (
      <>
        {notes}
        <p>{t('preview.nothing')}</p>
      </>
    );
  }
  return (
    <div className="import-preview">
      {notes}
      <ul>
        {plan.roundsAdded.length > 0 && <li>{t('preview.roundsAdded', { names: plan.roundsAdded.map((r) => r.name).join(', ') })}</li>}
        {plan.ratersAdded.length > 0 && <li>{t('preview.ratersAdded', { names: plan.ratersAdded.map((r) => r.name).join(', ') })}</li>}
        {byRound(plan.countiesAdded, order).map(([round, codes]) => (
          <li key={`added-${round}`}>
            {oneRound
              ? t('preview.countiesAdded', { names: codes.map(names.county).join(', ') })
              : t('preview.countiesAddedIn', { round, names: codes.map(names.county).join(', ') })}
          </li>
        ))}
        {byRound(plan.countiesRemoved, order).map(([round, codes]) => (
          <li key={`removed-${round}`}>
            {oneRound
              ? t('preview.countiesRemoved', { names: codes.map(names.county).join(', ') })
              : t('preview.countiesRemovedIn', { round, names: codes.map(names.county).join(', ') })}
          </li>
        ))}
        <li>
          {t('preview.counts', {
            added: t('preview.added', { count: added }),
            changed: t('preview.changed', { count: scoreChanges.length - removed }),
            removed: t('preview.removed', { count: removed }),
            notes: t('preview.notes', { count: noteChanges.length }),
          })}
        </li>
        {plan.otherChanges > 0 && <li>{t('preview.other', { count: plan.otherChanges })}</li>}
      </ul>
      <ChangeTable caption={t('preview.scoresCaption')} changes={scoreChanges} names={names} wide={wide} show={score} />
      <ChangeTable caption={t('preview.notesCaption')} changes={noteChanges} names={names} wide={wide} show={(note) => note || t('preview.noNote')} noteCells />
    </div>
  );
}

/** The counties per round, in county-list order. */
function byRound(pairs: readonly { round: string; county: string }[], order: readonly string[]): [string, string[]][] {
  const grouped = new Map<string, string[]>();
  for (const { round, county } of pairs) grouped.set(round, [...(grouped.get(round) ?? []), county]);
  return [...grouped].map(([round, codes]) => [round, codes.sort((a, b) => order.indexOf(a) - order.indexOf(b))]);
}

type ChangeTableProps<V> = {
  caption: string;
  changes: ValueChange<V>[];
  names: Names;
  wide: boolean;
  show: (value: V) => ReactNode;
  noteCells?: boolean;
};

function ChangeTable<V>({ caption, changes, names, wide, show, noteCells = false }: ChangeTableProps<V>) {
  const { t } = useTranslation(dataMessages);
  if (changes.length === 0) return null;
  const cellClass = noteCells ? 'note-cell' : undefined;
  return (
    <table>
      <caption>{changes.length > MAX_LISTED ? t('preview.firstListed', { caption, max: MAX_LISTED }) : caption}</caption>
      <thead>
        <tr>
          {wide && <th scope="col">{t('preview.round')}</th>}
          {wide && <th scope="col">{t('preview.rater')}</th>}
          <th scope="col">{t('preview.county')}</th>
          <th scope="col">{t('preview.statement')}</th>
          <th scope="col">{t('preview.now')}</th>
          <th scope="col">{t('preview.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.slice(0, MAX_LISTED).map((change) => (
          <tr key={`${change.round}/${change.rater}/${change.county}/${change.statement}`}>
            {wide && <td>{change.round}</td>}
            {wide && <td>{names.rater(change.rater)}</td>}
            <td>{names.county(change.county)}</td>
            <td>{change.statement}</td>
            <td className={cellClass}>{show(change.from)}</td>
            <td className={cellClass}>{show(change.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
