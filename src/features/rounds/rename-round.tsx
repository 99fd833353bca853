import { useEffect, useId, useRef, useState } from 'react';
import type { Round } from '../../domain/rounds/round';
import { roundsMessages } from '../../i18n/messages/rounds';
import { useTranslation } from '../../i18n/use-translation';
import { useWorkspaceStore } from '../../providers/services';

const MAX_NAME = 80;

/** A round's name in place, with Save and Cancel; the focus goes to the field and comes back to the table after. */
export function RenameRound({ round, onDone }: { round: Round; onDone: () => void }) {
  const { t } = useTranslation(roundsMessages);
  const store = useWorkspaceStore();
  const [name, setName] = useState(round.name);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => field.current?.focus(), []);

  const save = () => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > MAX_NAME) {
      setProblem(trimmed === '' ? t('form.nameMissing') : t('form.nameTooLong', { max: MAX_NAME }));
      field.current?.focus();
      return;
    }
    const { id: roundId, ...details } = round;
    store.getState().applyStep({ kind: 'round-saved', name: trimmed }, [{ field: 'round', round: roundId, value: { ...details, name: trimmed } }]);
    onDone();
  };

  return (
    <form
      className="rename-round"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={id}>{t('rounds.newName', { name: round.name })}</label>
      <input
        id={id}
        ref={field}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      {problem && (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      )}
      <button type="submit">{t('rounds.save')}</button>{' '}
      <button type="button" className="button-secondary" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}
