import type { ReactNode } from 'react';
import type { ImportPlan, ValueChange } from '../../domain/workspace/import-plan';
import { dataMessages } from '../../i18n/messages/data';
import { useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';

const MAX_LISTED = 40;

/** What an import will do, before anything changes: counties, scores and notes that change. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation(dataMessages);
  const { counties } = useInstrument();
  const name = (code: string) => counties.find((county) => county.code === code)?.name ?? code;
  const score = (value: number | null) => (value === null ? t('preview.noScore') : String(value));
  const { countiesAdded, countiesRemoved, noteChanges } = plan;
  // New scores are listed by number; values that already exist and would change are listed one by one.
  const added = plan.scoreChanges.filter((change) => change.from === null).length;
  const scoreChanges = plan.scoreChanges.filter((change) => change.from !== null);
  const removed = scoreChanges.filter((change) => change.to === null).length;

  if (plan.changes.length === 0) return <p>{t('preview.nothing')}</p>;
  return (
    <div className="import-preview">
      <ul>
        {countiesAdded.length > 0 && <li>{t('preview.countiesAdded', { names: countiesAdded.map(name).join(', ') })}</li>}
        {countiesRemoved.length > 0 && <li>{t('preview.countiesRemoved', { names: countiesRemoved.map(name).join(', ') })}</li>}
        <li>
          {t('preview.counts', {
            added: t('preview.added', { count: added }),
            changed: t('preview.changed', { count: scoreChanges.length - removed }),
            removed: t('preview.removed', { count: removed }),
            notes: t('preview.notes', { count: noteChanges.length }),
          })}
        </li>
      </ul>
      <ChangeTable caption={t('preview.scoresCaption')} changes={scoreChanges} countyName={name} show={score} />
      <ChangeTable caption={t('preview.notesCaption')} changes={noteChanges} countyName={name} show={(note) => note || t('preview.noNote')} noteCells />
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
  const { t } = useTranslation(dataMessages);
  if (changes.length === 0) return null;
  const cellClass = noteCells ? 'note-cell' : undefined;
  return (
    <table>
      <caption>{changes.length > MAX_LISTED ? t('preview.firstListed', { caption, max: MAX_LISTED }) : caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('preview.county')}</th>
          <th scope="col">{t('preview.statement')}</th>
          <th scope="col">{t('preview.now')}</th>
          <th scope="col">{t('preview.after')}</th>
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
