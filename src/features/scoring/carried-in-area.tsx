import { useState } from 'react';
import { FocusedStatus } from '../../components/focused-status';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { confirmingChanges, countCarried, sourceRoundOf } from '../../domain/rounds/carried-scores';
import { AGREED } from '../../domain/workspace/changes';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useHand } from '../../providers/scoring-hand';
import { useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';

/**
 * In an area's rating, while the group's agreed scores are in view: how many scores carried over
 * from an earlier round the level reads but does not count yet (they are not confirmed), and
 * "Bekräfta alla" for them as one undoable step. The statements the level reads include those of
 * other areas that its conditions name (area 1 reads 2.1–2.6), so that confirming here is enough
 * for the area to be rated.
 */
export function CarriedInArea({ area, countyCode }: { area: InstrumentArea; countyCode: string }) {
  const { t } = useTranslation(scoringMessages);
  const store = useWorkspaceStore();
  const { round } = useRound();
  const agreed = useHand() === AGREED;
  const count = useWorkspace((state) => (agreed ? countCarried(state, round.id, countyCode, area.readIds) : 0));
  const source = useWorkspace((state) => (count === 0 ? undefined : sourceRoundOf(state, round.id)?.name));
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const areaId = area.area.id;

  const confirmAll = () => {
    const changes = confirmingChanges(workspaceOf(store.getState()), round.id, countyCode, area.readIds);
    store.getState().applyStep({ kind: 'carried', round: round.id, county: countyCode, area: areaId, count: changes.length }, changes);
    setConfirmed(changes.length);
  };

  return (
    <>
      {count > 0 && source !== undefined && (
        <div className="rating-panel__carried">
          <p>{t('carried.unconfirmed', { count, round: source })}</p>
          <button type="button" className="button-secondary" onClick={confirmAll} aria-label={t('carried.confirmAllLabel', { count, area: areaId })}>
            {t('carried.confirmAll', { count })}
          </button>
        </div>
      )}
      {confirmed !== null && count === 0 && (
        <FocusedStatus key={confirmed} className="alert alert--success">
          {t('carried.confirmed', { count: confirmed, area: areaId })}
        </FocusedStatus>
      )}
    </>
  );
}
