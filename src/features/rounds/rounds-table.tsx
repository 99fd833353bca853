import { useState } from 'react';
import { ConfirmWithBackup } from '../../components/confirm-with-backup';
import { FocusedStatus } from '../../components/focused-status';
import { RuleRevisionNotice } from '../../components/rule-revision-notice';
import { TableRegion } from '../../components/table-region';
import { sourceRoundOf } from '../../domain/rounds/carried-scores';
import type { Round } from '../../domain/rounds/round';
import { summarizeRound } from '../../domain/rounds/round-summary';
import { changesToDeleteRound } from '../../domain/workspace/change-lists';
import { roundsMessages } from '../../i18n/messages/rounds';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, withRoundParam } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { RenameRound } from './rename-round';

/** Every round, earliest first, with what it holds; each can be opened, renamed or deleted. */
export function RoundsTable() {
  const { t } = useTranslation(roundsMessages);
  const instrument = useInstrument();
  const { rounds, round: inUse } = useRound();
  const data = useWorkspace((state) => state.data);
  const raters = useWorkspace((state) => state.raters);
  const details = useWorkspace((state) => state.rounds);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Round | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const store = useWorkspaceStore();

  const remove = (round: Round) => {
    const changes = changesToDeleteRound(workspaceOf(store.getState()), round.id);
    store.getState().applyStep({ kind: 'round-deleted', name: round.name }, changes);
    setDeleting(null);
    setDeleted(round.name);
  };

  return (
    <>
      <TableRegion captionId="omgangar-tabell" pinFirstColumn>
      <table className="rounds-table">
        <caption id="omgangar-tabell">{t('rounds.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rounds.name')}</th>
            <th scope="col">{t('rounds.period')}</th>
            <th scope="col">{t('rounds.id')}</th>
            <th scope="col">{t('rounds.startsFrom')}</th>
            <th scope="col">{t('rounds.agreed')}</th>
            <th scope="col">{t('rounds.raters')}</th>
            <th scope="col">{t('rounds.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => {
            const summary = summarizeRound({ data }, instrument, round.id);
            const names = summary.raterIds.map((id) => raters[id]?.name ?? id);
            const source = sourceRoundOf({ rounds: details }, round.id);
            return (
              <tr key={round.id}>
                <th scope="row">
                  {renaming === round.id ? (
                    <RenameRound
                      round={round}
                      onDone={() => {
                        setRenaming(null);
                        // Back to the button that opened the field, once it is there again.
                        requestAnimationFrame(() => document.getElementById(`byt-namn-${round.id}`)?.focus());
                      }}
                    />
                  ) : (
                    <>
                      <a href={withRoundParam('#/lan', round.id)}>{round.name}</a>
                      {round.id === inUse.id && <span className="rounds-table__in-use"> {t('rounds.inUse')}</span>}
                    </>
                  )}
                </th>
                <td>{round.period}</td>
                <td>
                  <code>{round.id}</code>
                </td>
                <td>
                  {round.startsFrom === undefined
                    ? t('rounds.startsFromNone')
                    : source === undefined
                      ? t('rounds.startsFromMissing', { id: round.startsFrom })
                      : source.name}
                </td>
                <td>{t('rounds.agreedCount', { count: summary.agreedCounties, total: instrument.counties.length })}</td>
                <td>{names.length === 0 ? t('rounds.noRaters') : names.join(', ')}</td>
                <td className="rounds-table__actions">
                  {renaming !== round.id && (
                    <button type="button" id={`byt-namn-${round.id}`} className="button-secondary" onClick={() => setRenaming(round.id)} aria-label={t('rounds.renameLabel', { name: round.name })}>
                      {t('rounds.rename')}
                    </button>
                  )}{' '}
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => {
                      setDeleting(round);
                      setDeleted(null);
                    }}
                    aria-label={t('rounds.deleteLabel', { name: round.name })}
                  >
                    {t('rounds.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </TableRegion>
      {rounds.map((round) => (
        <RuleRevisionNotice key={round.id} round={round} named />
      ))}
      {deleting && (
        <ConfirmWithBackup
          text={t('rounds.deleteConfirm', { name: deleting.name })}
          backupLabel={t('rounds.backup')}
          confirmLabel={t('rounds.deleteConfirmButton', { name: deleting.name })}
          cancelLabel={t('cancel')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
      {deleted !== null && (
        <FocusedStatus key={deleted} className="alert alert--info">
          {t('rounds.deleted', { name: deleted })}
        </FocusedStatus>
      )}
    </>
  );
}
