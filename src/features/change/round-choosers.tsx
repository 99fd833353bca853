import { useId } from 'react';
import type { Round } from '../../domain/rounds/round';
import { changeMessages } from '../../i18n/messages/change';
import { useTranslation } from '../../i18n/use-translation';
import { setHashParams } from '../../lib/hash-route';
import { roundUpdate } from './change-params';

type Props = { rounds: readonly Round[]; from: Round; to: Round };

/** "Från omgång" and "Till omgång": each choice a new history entry, so Back returns to the pair before. */
export function RoundChoosers({ rounds, from, to }: Props) {
  const { t } = useTranslation(changeMessages);
  const id = useId();
  const chooser = (which: 'from' | 'to', chosen: Round) => (
    <div className="change-choosers__field">
      <label htmlFor={`${id}-${which}`}>{t(which === 'from' ? 'choose.from' : 'choose.to')}</label>
      <select id={`${id}-${which}`} value={chosen.id} onChange={(event) => setHashParams(roundUpdate(which, event.target.value), { replace: false })}>
        {rounds.map((round) => (
          <option key={round.id} value={round.id}>
            {round.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="change-choosers">
      <legend>{t('choose.label')}</legend>
      {chooser('from', from)}
      {chooser('to', to)}
    </fieldset>
  );
}
