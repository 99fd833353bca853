import { useId } from 'react';
import { commonMessages } from '../i18n/messages/common';
import { useTranslation } from '../i18n/use-translation';
import { setHashParams } from '../lib/hash-route';
import { useRound, useRoundHref } from '../providers/round-in-use';
import { useHashRoute } from './use-hash-route';

/**
 * The round in use, in the header: a choice among the rounds that puts `?omgang=ID` in the
 * address (a new history entry, so Back returns to the round before), and a link to the rounds.
 */
export function RoundSwitch() {
  const { t } = useTranslation(commonMessages);
  const { round, rounds } = useRound();
  const roundHref = useRoundHref();
  const id = useId();
  const onRoundsPage = useHashRoute().path === '/omgangar';
  return (
    <div className="round-switch">
      <label htmlFor={id}>{t('round.label')}</label>
      <select id={id} value={round.id} onChange={(event) => setHashParams({ omgang: event.target.value }, { replace: false })}>
        {rounds.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <a href={roundHref('#/omgangar')} aria-current={onRoundsPage ? 'page' : undefined}>
        {t('round.manage')}
      </a>
    </div>
  );
}
