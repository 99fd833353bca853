import { useId, useState } from 'react';
import { ConfirmWithBackup } from '../../components/confirm-with-backup';
import { FocusedStatus } from '../../components/focused-status';
import { raterIdFor, raterSchema, type Rater } from '../../domain/rounds/rater';
import { changesToDeleteRater } from '../../domain/workspace/change-lists';
import { ratersOf } from '../../domain/workspace/workspace';
import { roundsMessages } from '../../i18n/messages/rounds';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';

/**
 * The team's raters, named by a name or initials. Removing a rater removes their scores in every
 * round too, so it is confirmed (with the offer of a backup) and can be undone.
 */
export function RatersSection() {
  const { t } = useTranslation(roundsMessages);
  const store = useWorkspaceStore();
  const ratersById = useWorkspace((state) => state.raters);
  const raters = ratersOf({ raters: ratersById });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Rater | null>(null);
  const [message, setMessage] = useState<{ text: string; focus: boolean } | null>(null);
  const id = useId();
  const { round } = useRound();
  const roundHref = useRoundHref();

  const add = () => {
    const trimmed = name.trim();
    const rater = { id: raterIdFor(trimmed, new Set(Object.keys(ratersById))), name: trimmed };
    const parsed = raterSchema.safeParse(rater);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? '');
      document.getElementById(id)?.focus();
      return;
    }
    if (raters.some((other) => other.name.toLocaleLowerCase('sv') === trimmed.toLocaleLowerCase('sv'))) {
      setProblem(t('raters.nameTaken', { name: trimmed }));
      document.getElementById(id)?.focus();
      return;
    }
    setProblem(null);
    store.getState().applyStep({ kind: 'rater-saved', name: trimmed }, [{ field: 'rater', rater: rater.id, value: { name: trimmed } }]);
    setName('');
    setMessage({ text: t('raters.added', { name: trimmed }), focus: false });
  };

  const remove = (rater: Rater) => {
    const changes = changesToDeleteRater(workspaceOf(store.getState()), rater.id);
    store.getState().applyStep({ kind: 'rater-deleted', name: rater.name }, changes);
    setRemoving(null);
    setMessage({ text: t('raters.removed', { name: rater.name }), focus: true });
  };

  return (
    <section aria-labelledby="bedomare-rubrik">
      <h2 id="bedomare-rubrik">{t('raters.heading')}</h2>
      <p>{t('raters.intro')}</p>
      {raters.length === 0 ? (
        <p>{t('raters.none')}</p>
      ) : (
        <ul className="raters-list">
          {raters.map((rater) => (
            <li key={rater.id}>
              <span>{rater.name}</span>{' '}
              <button
                type="button"
                className="button-secondary"
                aria-label={t('raters.removeLabel', { name: rater.name })}
                onClick={() => {
                  setRemoving(rater);
                  setMessage(null);
                }}
              >
                {t('raters.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmWithBackup
          text={t('raters.removeConfirm', { name: removing.name })}
          backupLabel={t('rounds.backup')}
          confirmLabel={t('raters.removeConfirmButton', { name: removing.name })}
          cancelLabel={t('cancel')}
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
      {raters.length >= 2 && (
        <p>
          <a href={roundHref('#/overensstammelse')}>{t('raters.agreement', { round: round.name })}</a>
        </p>
      )}
      <form
        className="rater-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={id}>{t('raters.name')}</label>
        <span id={`${id}-hint`} className="field-hint">
          {t('raters.nameHint')}
        </span>
        <input
          id={id}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        />
        {problem && (
          <span id={`${id}-problem`} className="field-problem">
            {problem}
          </span>
        )}
        <button type="submit">{t('raters.add')}</button>
      </form>
      {message &&
        (message.focus ? (
          <FocusedStatus key={message.text} className="alert alert--info">
            {message.text}
          </FocusedStatus>
        ) : (
          // After adding, the focus stays in the name field, ready for the next rater.
          <p role="status" className="alert alert--info">
            {message.text}
          </p>
        ))}
    </section>
  );
}
