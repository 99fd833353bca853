import { useId } from 'react';
import { countyCheckMessages } from '../../../i18n/messages/county-check';
import { useTranslation } from '../../../i18n/use-translation';
import { useRound } from '../../../providers/round-in-use';
import { useWorkspace, useWorkspaceStore } from '../../../providers/services';

/** The county's summary (Samlad bedömning): saved as it is typed, a pause in typing ending one undo step. */
export function SummaryField({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation(countyCheckMessages);
  const { round } = useRound();
  const store = useWorkspaceStore();
  const summary = useWorkspace((state) => state.data[round.id]?.summaries[countyCode] ?? '');
  const id = useId();
  return (
    <p className="county-check__summary">
      <label htmlFor={id}>{t('section.summary')}</label>
      <textarea
        id={id}
        rows={6}
        value={summary}
        onChange={(event) =>
          store.getState().applyStep({ kind: 'summary', round: round.id, county: countyCode }, [
            { field: 'summary', round: round.id, county: countyCode, value: event.target.value },
          ])
        }
      />
    </p>
  );
}
