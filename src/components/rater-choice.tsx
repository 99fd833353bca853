import { useId } from 'react';
import { useStore } from 'zustand';
import { AGREED } from '../domain/workspace/changes';
import { ratersOf } from '../domain/workspace/workspace';
import { roundsMessages } from '../i18n/messages/rounds';
import { useTranslation } from '../i18n/use-translation';
import { useHand } from '../providers/scoring-hand';
import { useTeamLink, useWorkspace } from '../providers/services';
import { raterChoice } from '../store/rater-choice';

/**
 * "Jag är": who scores in this browser, remembered here. Says plainly that keeping raters' scores
 * apart in one browser is a working discipline, not a lock.
 */
export function RaterChoice({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation(roundsMessages);
  const ratersById = useWorkspace((state) => state.raters);
  const team = useTeamLink()?.config ?? null;
  // With a team server, an interviewer scores only as themselves and a coordinator also as the
  // group; a reader may look at anyone's. The server refuses the rest whatever is chosen here.
  const raters = ratersOf({ raters: ratersById }).filter((rater) => !team || team.role === 'lasare' || rater.id === team.user);
  const offersGroup = !team || team.role !== 'intervjuare';
  const hand = useHand();
  const setRater = useStore(raterChoice, (state) => state.setRater);
  const id = useId();
  if (raters.length === 0 && compact) return null;

  const select = (
    <p className="rater-choice">
      <label htmlFor={id}>{t('choice.label')}</label>{' '}
      <select id={id} value={hand} onChange={(event) => setRater(event.target.value)} aria-describedby={`${id}-hint`}>
        {offersGroup && <option value={AGREED}>{t('choice.group')}</option>}
        {raters.map((rater) => (
          <option key={rater.id} value={rater.id}>
            {rater.name}
          </option>
        ))}
      </select>{' '}
      <span id={`${id}-hint`} className="field-hint">
        {hand === AGREED ? t('choice.groupHint') : t('choice.raterHint')}
      </span>
    </p>
  );
  if (compact) return select;
  return (
    <section aria-labelledby="jag-ar-rubrik">
      <h2 id="jag-ar-rubrik">{t('choice.heading')}</h2>
      {raters.length === 0 ? <p>{t('choice.noRaters')}</p> : select}
      <p>{t('choice.discipline')}</p>
    </section>
  );
}
