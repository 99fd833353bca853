import { useId, useMemo, useState, type FormEvent } from 'react';
import { StatusEntryText } from '../../../components/status-entry-text';
import { CHECK_STATUSES, nextStatusTime, statusHistory, type CheckStatus } from '../../../domain/county-check/check-status';
import { countyCheckMessages } from '../../../i18n/messages/county-check';
import { useTranslation } from '../../../i18n/use-translation';
import { useRound, useRoundHref } from '../../../providers/round-in-use';
import { useWorkspace, useWorkspaceStore } from '../../../providers/services';

const asStatus = (value: string): CheckStatus | undefined => CHECK_STATUSES.find((status) => status === value);

/**
 * Where the check with the county stands. Every change of status is kept with its time, so the
 * history shows when the summary went out and came back; Ångra takes the latest entry away. The
 * status is chosen, then saved with a button: a closed list changes its choice on each arrow key,
 * and each passing choice would otherwise be filed as a step of the history.
 */
export function StatusControl({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation(countyCheckMessages);
  const { round } = useRound();
  const roundHref = useRoundHref();
  const store = useWorkspaceStore();
  const statuses = useWorkspace((state) => state.data[round.id]?.statuses[countyCode]);
  const history = useMemo(() => statusHistory(statuses), [statuses]);
  const current = history.at(-1);
  const id = useId();
  // The choice follows the saved status (after an undo, or an edit in another tab) until the user picks another.
  const [picked, setPicked] = useState<{ status: string; over: string | undefined }>({ status: '', over: undefined });
  const choice = picked.over === current?.at && picked.status !== '' ? picked.status : (current?.status ?? '');

  const save = (event: FormEvent) => {
    event.preventDefault();
    const status = asStatus(choice);
    if (status === undefined || status === current?.status) return;
    const at = nextStatusTime(store.getState().data[round.id]?.statuses[countyCode], new Date());
    store.getState().applyStep({ kind: 'status', round: round.id, county: countyCode }, [
      { field: 'status', round: round.id, county: countyCode, at, value: status },
    ]);
    setPicked({ status: '', over: undefined });
  };

  return (
    <div className="county-check__status">
      <h3>{t('section.checkHeading')}</h3>
      <form className="county-check__status-row" onSubmit={save}>
        <span>
          <label htmlFor={id}>{t('status.label')}</label>{' '}
          <select id={id} value={choice} onChange={(event) => setPicked({ status: event.target.value, over: current?.at })}>
            {current === undefined && <option value="">{t('status.none')}</option>}
            {CHECK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>{' '}
          <button type="submit">{t('status.save')}</button>
        </span>
        <a href={roundHref(`#/rapport?lan=${countyCode}&avstamning=ja`)}>{t('section.printCheck')}</a>
      </form>
      <h4 id={`${id}-historik`}>{t('section.historyHeading')}</h4>
      {history.length === 0 ? (
        <p className="empty-note">{t('section.historyEmpty')}</p>
      ) : (
        <ol className="county-check__history" aria-labelledby={`${id}-historik`}>
          {history.map((entry) => (
            <li key={entry.at}>
              <StatusEntryText entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
