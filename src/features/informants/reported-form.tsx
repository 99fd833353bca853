import { useId, useRef, useState } from 'react';
import type { MeetingKind } from '../../domain/informants/informant';
import { readReportedDraft } from '../../domain/informants/informant-draft';
import type { Change } from '../../domain/workspace/changes';
import type { RoundRecord } from '../../domain/workspace/workspace';
import { informantsMessages } from '../../i18n/messages/informants';
import { useTranslation } from '../../i18n/use-translation';
import { useWorkspaceStore } from '../../providers/services';

const KINDS: readonly MeetingKind[] = ['visit', 'phone'];

const draftOf = (reported: RoundRecord['reported']): Record<MeetingKind, string> => ({ visit: String(reported.visit ?? ''), phone: String(reported.phone ?? '') });

/** The totals a source states for the round ("Summa enligt källan"): saved or cleared as one step that "Ångra" takes back. */
export function ReportedForm({ round, reported }: { round: string; reported: RoundRecord['reported'] }) {
  const { t } = useTranslation(informantsMessages);
  const store = useWorkspaceStore();
  const base = useId();
  const [draft, setDraft] = useState(() => draftOf(reported));
  // Totals changed elsewhere (undone, imported, typed in another tab) are shown as they now are.
  const [shown, setShown] = useState(reported);
  if (shown !== reported) {
    setShown(reported);
    setDraft(draftOf(reported));
  }
  const [problems, setProblems] = useState<Partial<Record<MeetingKind, string>>>({});
  const [status, setStatus] = useState('');
  const statusLine = useRef<HTMLParagraphElement>(null);
  const stated = reported.visit !== undefined || reported.phone !== undefined;

  const apply = (values: Record<MeetingKind, number | null>, done: string) => {
    const changes: Change[] = KINDS.map((kind) => ({ field: 'reported', round, kind, value: values[kind] }));
    store.getState().applyStep({ kind: 'reported', round }, changes);
    setStatus(done);
  };

  const save = () => {
    const read = readReportedDraft(draft);
    if (!read.ok) {
      setProblems(read.problems);
      const wrong = KINDS.find((kind) => read.problems[kind] !== undefined);
      if (wrong) document.getElementById(`${base}-${wrong}`)?.focus();
      return;
    }
    setProblems({});
    const none = read.reported.visit === null && read.reported.phone === null;
    apply(read.reported, t(none ? 'reported.cleared' : 'reported.saved'));
  };

  const clear = () => {
    setProblems({});
    apply({ visit: null, phone: null }, t('reported.cleared'));
    // The button is gone once the totals are: the line saying so takes the focus.
    requestAnimationFrame(() => statusLine.current?.focus());
  };

  return (
    <section aria-labelledby={`${base}-heading`} className="reported-form">
      <h2 id={`${base}-heading`}>{t('reported.heading')}</h2>
      <p id={`${base}-intro`} className="prose">
        {t('reported.intro')}
      </p>
      <form
        noValidate
        aria-labelledby={`${base}-heading`}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div className="reported-form__fields">
          {KINDS.map((kind) => (
            <p key={kind} className="reported-form__field">
              <label htmlFor={`${base}-${kind}`}>{t(`reported.${kind}`)}</label>
              <input
                id={`${base}-${kind}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={5}
                value={draft[kind]}
                onChange={(event) => setDraft((previous) => ({ ...previous, [kind]: event.target.value }))}
                aria-invalid={problems[kind] !== undefined}
                aria-describedby={`${base}-intro${problems[kind] ? ` ${base}-${kind}-problem` : ''}`}
              />
              {problems[kind] && (
                <span id={`${base}-${kind}-problem`} className="field-problem">
                  {problems[kind]}
                </span>
              )}
            </p>
          ))}
        </div>
        <p className="reported-form__buttons">
          <button type="submit">{t('reported.save')}</button>
          {stated && (
            <button type="button" className="button-secondary" onClick={clear}>
              {t('reported.clear')}
            </button>
          )}
        </p>
      </form>
      <p ref={statusLine} role="status" tabIndex={-1} className="reported-form__status">
        {status}
      </p>
    </section>
  );
}
