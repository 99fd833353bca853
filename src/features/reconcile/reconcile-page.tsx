import { useMemo, useState } from 'react';
import { FocusedStatus } from '../../components/focused-status';
import { countReconciliation, reconciliationRows, takeOverUnanimous } from '../../domain/reconcile/reconciliation';
import { visibleRaters } from '../../domain/reconcile/visible-raters';
import { AGREED } from '../../domain/workspace/changes';
import { EMPTY_ROUND, ratersOf } from '../../domain/workspace/workspace';
import { reconcileMessages } from '../../i18n/messages/reconcile';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useHand } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { GroupLevels } from './group-levels';
import { ReconcileTable } from './reconcile-table';
import './reconcile.css';

/**
 * Reconciliation (samsyn) of one county: each rater's score beside the agreed score the group
 * sets, disagreements first; one step takes over every score all raters agree on; then the
 * group's level per area where it departs from the rule.
 */
export default function ReconcilePage({ code }: { code: string }) {
  const { t } = useTranslation(reconcileMessages);
  const instrument = useInstrument();
  const { round } = useRound();
  const roundHref = useRoundHref();
  const hand = useHand();
  const store = useWorkspaceStore();
  const county = instrument.counties.find((candidate) => candidate.code === code);
  const record = useWorkspace((state) => state.data[round.id] ?? EMPTY_ROUND);
  const ratersById = useWorkspace((state) => state.raters);
  const [taken, setTaken] = useState<number | null>(null);
  const raters = useMemo(() => ratersOf({ raters: ratersById }), [ratersById]);
  const shown = useMemo(
    () => raters.filter((rater) => visibleRaters(record, code, AGREED, raters.map((r) => r.id)).includes(rater.id)),
    [raters, record, code],
  );
  const rows = useMemo(() => reconciliationRows(instrument, record, code, shown.map((rater) => rater.id)), [instrument, record, code, shown]);
  const counts = countReconciliation(rows);
  const takeOver = takeOverUnanimous(rows, round.id, code);

  if (!county) {
    return (
      <>
        <h1 tabIndex={-1}>{t('notFound', { code })}</h1>
        <p>
          <a href={roundHref('#/lan')}>{t('toCounties')}</a>
        </p>
      </>
    );
  }
  // Raters who have scored the county here but are not done; the team's other raters are not named.
  const notShown = raters.filter((rater) => !shown.some((other) => other.id === rater.id) && record.raters[rater.id]?.[code] !== undefined);
  const blindRater = hand !== AGREED && record.done[hand]?.[code] !== true;

  return (
    <>
      <h1 tabIndex={-1}>{t('title', { county: county.name })}</h1>
      <p>{t('intro', { round: round.name })}</p>
      <p>
        <a href={roundHref(`#/lan/${code}`)}>{t('toCounty', { county: county.name })}</a>
      </p>
      {blindRater ? (
        <p className="alert alert--info">{t('blind', { county: county.name })}</p>
      ) : (
        <>
          {notShown.length > 0 && <p>{t('notDone', { names: notShown.map((rater) => rater.name).join(', ') })}</p>}
          <p>
            {t('counts', {
              disagreements: counts.disagreements,
              unanimous: counts.unanimous,
              agreedSet: counts.agreedSet,
              total: rows.length,
              reasonsMissing: counts.reasonsMissing,
            })}
          </p>
          <p>
            <button
              type="button"
              disabled={takeOver.length === 0}
              onClick={() => {
                store.getState().applyStep({ kind: 'agree', count: takeOver.length }, takeOver);
                setTaken(takeOver.length);
              }}
            >
              {t('takeOver', { count: takeOver.length })}
            </button>
          </p>
          {taken !== null && (
            <FocusedStatus key={taken} className="alert alert--success">
              {t('taken', { count: taken })}
            </FocusedStatus>
          )}
          <ReconcileTable county={county} rows={rows} raters={shown} />
        </>
      )}
      <GroupLevels county={county} />
    </>
  );
}
