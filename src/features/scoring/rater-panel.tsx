import { useId } from 'react';
import { RaterChoice } from '../../components/rater-choice';
import { visibleRaters } from '../../domain/reconcile/visible-raters';
import { AGREED } from '../../domain/workspace/changes';
import { EMPTY_ROUND, isDone, ratersOf } from '../../domain/workspace/workspace';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useHand } from '../../providers/scoring-hand';
import { useWorkspace, useWorkspaceStore } from '../../providers/services';

/**
 * Above a county's statements, once the team has raters: who is scoring ("Jag är"), whether
 * that rater is done with the county (which reveals the scores of the others who are done), and
 * the way on to reconciliation. Without raters it is not there, and scoring is as quick as before.
 */
export function RaterPanel({ countyCode, countyName }: { countyCode: string; countyName: string }) {
  const { t } = useTranslation(scoringMessages);
  const { round } = useRound();
  const roundHref = useRoundHref();
  const hand = useHand();
  const store = useWorkspaceStore();
  const raters = useWorkspace((state) => state.raters);
  // Only the done marks: the panel is not redrawn by every score.
  const done = useWorkspace((state) => state.data[round.id]?.done ?? EMPTY_ROUND.done);
  const record = { ...EMPTY_ROUND, done };
  // Out of the raters who have scored this county in this round, not every rater of the team.
  const scoring = useWorkspace((state) => {
    const here = state.data[round.id];
    return Object.keys(state.raters).filter((id) => here?.raters[id]?.[countyCode] !== undefined || here?.done[id]?.[countyCode] === true).length;
  });
  const checkbox = useId();
  const list = ratersOf({ raters });
  if (list.length === 0) return null;

  const handDone = hand !== AGREED && isDone(record, hand, countyCode);
  const shown = visibleRaters(record, countyCode, hand, list.map((rater) => rater.id));
  const names = (ids: readonly string[]) => list.filter((rater) => ids.includes(rater.id)).map((rater) => rater.name).join(', ');
  const doneRaters = list.filter((rater) => isDone(record, rater.id, countyCode)).map((rater) => rater.id);

  const setDone = (value: boolean) =>
    store.getState().applyStep({ kind: 'done', round: round.id, county: countyCode, done: value }, [
      { field: 'done', round: round.id, rater: hand, county: countyCode, value },
    ]);

  return (
    <section className="rater-panel" aria-label={t('raters.label')}>
      <RaterChoice compact />
      {hand === AGREED ? (
        <p>{doneRaters.length === 0 ? t('raters.groupNoneDone') : t('raters.groupDone', { names: names(doneRaters), count: doneRaters.length, total: scoring })}</p>
      ) : (
        <>
          <p className="rater-panel__done">
            <input id={checkbox} type="checkbox" checked={handDone} onChange={(event) => setDone(event.target.checked)} />{' '}
            <label htmlFor={checkbox}>{t('raters.doneLabel', { county: countyName })}</label>
          </p>
          <p>{handDone ? (shown.length === 0 ? t('raters.doneNoOthers') : t('raters.doneOthers', { names: names(shown) })) : t('raters.blind')}</p>
        </>
      )}
      <p>
        <a href={roundHref(`#/lan/${countyCode}/samsyn`)}>{t('raters.reconcile', { county: countyName })}</a>
      </p>
    </section>
  );
}
