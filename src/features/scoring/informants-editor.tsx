import { useMemo, useRef, useState } from 'react';
import { TableRegion } from '../../components/table-region';
import type { Informant } from '../../domain/informants/informant';
import { draftOf } from '../../domain/informants/informant-draft';
import { countyInformants, nextPosition, type InformantRow } from '../../domain/informants/informant-list';
import { informantsMessages } from '../../i18n/messages/informants';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { newId } from '../../lib/new-id';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useWorkspace, useWorkspaceStore } from '../../providers/services';
import { InformantForm } from './informant-form';
import './informants-editor.css';

const NONE: Readonly<Record<string, Informant>> = {};

/**
 * The county's organisations in the round in use, with a form to add one and, per row, to change
 * or remove it. Every save and removal is one step that "Ångra" takes back.
 */
export default function InformantsEditor({ countyCode, countyName }: { countyCode: string; countyName: string }) {
  const { t } = useTranslation(informantsMessages);
  const { round } = useRound();
  const roundHref = useRoundHref();
  const store = useWorkspaceStore();
  const byId = useWorkspace((state) => state.data[round.id]?.informants[countyCode] ?? NONE);
  const rows = useMemo(() => countyInformants({ informants: { [countyCode]: byId } }, countyCode), [byId, countyCode]);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const statusLine = useRef<HTMLParagraphElement>(null);
  const edited = rows.find((row) => row.id === editing);
  const captionId = `informanter-${countyCode}`;

  const save = (id: string, informant: Informant) => {
    store.getState().applyStep({ kind: 'informant-saved', round: round.id, county: countyCode, name: informant.organisation }, [
      { field: 'informant', round: round.id, county: countyCode, informant: id, value: informant },
    ]);
  };

  // A button that is gone once pressed hands the focus to the line that says what happened.
  const announce = (text: string) => {
    setStatus(text);
    requestAnimationFrame(() => statusLine.current?.focus());
  };

  const remove = (row: InformantRow) => {
    store.getState().applyStep({ kind: 'informant-deleted', round: round.id, county: countyCode, name: row.organisation }, [
      { field: 'informant', round: round.id, county: countyCode, informant: row.id, value: null },
    ]);
    if (editing === row.id) setEditing(null);
    announce(t('editor.removed', { name: row.organisation }));
  };

  return (
    <div className="informants-editor">
      <p>
        {/* <Trans> puts the link text from the catalogue inside the anchor. */}
        {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
        <Trans t={t} i18nKey="editor.intro" values={{ county: countyName, round: round.name }} components={{ a: <a href={roundHref('#/informanter')} /> }} />
      </p>
      {rows.length === 0 ? (
        <p className="empty-note">{t('editor.empty', { county: countyName, round: round.name })}</p>
      ) : (
        <TableRegion captionId={captionId}>
          <table className="informants-table">
            <caption id={captionId}>{t('editor.caption', { county: countyName, round: round.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('editor.organisation')}</th>
                <th scope="col">{t('editor.tier')}</th>
                <th scope="col" className="informants-number">
                  {t('editor.visit')}
                </th>
                <th scope="col" className="informants-number">
                  {t('editor.phone')}
                </th>
                <th scope="col">{t('editor.date')}</th>
                <th scope="col">{t('editor.note')}</th>
                <th scope="col">{t('editor.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.organisation}</th>
                  <td>{t(`tiers.${row.tier}`)}</td>
                  <td className="informants-number">{row.visit}</td>
                  <td className="informants-number">{row.phone}</td>
                  <td>{row.date ?? ''}</td>
                  <td className="note-cell">{row.note ?? ''}</td>
                  <td className="informants-table__actions">
                    <button type="button" id={`${captionId}-${row.id}`} className="button-secondary" aria-label={t('editor.editLabel', { name: row.organisation })} onClick={() => setEditing(row.id)}>
                      {t('editor.edit')}
                    </button>
                    <button type="button" className="button-secondary" aria-label={t('editor.removeLabel', { name: row.organisation })} onClick={() => remove(row)}>
                      {t('editor.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <p ref={statusLine} role="status" tabIndex={-1} className="informants-editor__status">
        {status}
      </p>
      {edited ? (
        <InformantForm
          key={edited.id}
          heading={t('editor.editHeading', { name: edited.organisation })}
          submitLabel={t('editor.save')}
          initial={draftOf(edited, edited.tier)}
          position={edited.position}
          onSave={(informant) => {
            save(edited.id, informant);
            setEditing(null);
            announce(t('editor.saved', { name: informant.organisation }));
          }}
          onCancel={() => {
            setEditing(null);
            // Back to the button that opened the form, once it is there again.
            requestAnimationFrame(() => document.getElementById(`${captionId}-${edited.id}`)?.focus());
          }}
        />
      ) : (
        <InformantForm
          key="new"
          heading={t('editor.addHeading')}
          submitLabel={t('editor.add')}
          initial={draftOf(undefined, rows.at(-1)?.tier ?? 'lansgemensam')}
          position={nextPosition(rows)}
          onSave={(informant) => {
            save(newId(), informant);
            setStatus(t('editor.added', { name: informant.organisation }));
          }}
        />
      )}
    </div>
  );
}
