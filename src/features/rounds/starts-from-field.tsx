import { roundsMessages } from '../../i18n/messages/rounds';
import { useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useWorkspace } from '../../providers/services';

/**
 * The earlier round a new round starts from, or none (an empty round). Only rounds with details
 * are offered: a round kept under its id alone has no period of its own to be earlier by.
 */
export function StartsFromField({ id, value, onChange, problem }: { id: string; value: string; onChange: (value: string) => void; problem: string | undefined }) {
  const { t } = useTranslation(roundsMessages);
  const { rounds } = useRound();
  const details = useWorkspace((state) => state.rounds);
  return (
    <p className="round-form__field">
      <label htmlFor={id}>{t('form.startsFrom')}</label>
      <span id={`${id}-hint`} className="field-hint">
        {t('form.startsFromHint')}
      </span>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
      >
        <option value="">{t('form.startsFromNone')}</option>
        {rounds
          .filter((round) => details[round.id] !== undefined)
          .map((round) => (
            <option key={round.id} value={round.id}>
              {t('form.roundOption', { name: round.name, period: round.period })}
            </option>
          ))}
      </select>
      {problem && (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      )}
    </p>
  );
}
