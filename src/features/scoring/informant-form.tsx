import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { TIERS, type Informant, type Tier } from '../../domain/informants/informant';
import { readInformantDraft, type DraftField, type DraftProblems, type InformantDraft } from '../../domain/informants/informant-draft';
import { informantsMessages } from '../../i18n/messages/informants';
import { useTranslation } from '../../i18n/use-translation';

type Props = {
  /** The form's heading: adding an organisation, or changing one. */
  heading: string;
  submitLabel: string;
  initial: InformantDraft;
  /** The organisation's place in the list: its own when changed, one after the last when added. */
  position: number;
  onSave: (informant: Informant) => void;
  /** Only when changing an organisation: back to adding, without saving. */
  onCancel?: () => void;
};

const FIELD_ORDER: readonly DraftField[] = ['organisation', 'tier', 'visit', 'phone', 'date', 'note'];

/**
 * An organisation's fields, checked with the informant's schema; each field says what is wrong
 * with it. There is no field for a person's name, and the sentence beside the fields says why.
 * After an addition the form is empty again, at the same tier, for the next organisation.
 */
export function InformantForm({ heading, submitLabel, initial, position, onSave, onCancel }: Props) {
  const { t } = useTranslation(informantsMessages);
  const base = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<DraftProblems>({});
  const first = useRef<HTMLInputElement>(null);
  const id = (field: DraftField) => `${base}-${field}`;

  // Changing an organisation starts in its first field; adding starts where the person is.
  const changing = onCancel !== undefined;
  useEffect(() => {
    if (changing) first.current?.focus();
  }, [changing]);

  const set = (field: DraftField) => (value: string) => setDraft((previous) => ({ ...previous, [field]: value }));

  const submit = () => {
    const read = readInformantDraft(draft, position);
    if (!read.ok) {
      setProblems(read.problems);
      const wrong = FIELD_ORDER.find((field) => read.problems[field] !== undefined);
      if (wrong) document.getElementById(id(wrong))?.focus();
      return;
    }
    setProblems({});
    onSave(read.informant);
    if (!changing) {
      setDraft({ ...initial, tier: draft.tier });
      first.current?.focus();
    }
  };

  /** A field's label, hint, control and problem, the control described by the hint and the problem. */
  const field = (key: DraftField, label: string, control: (props: FieldProps) => ReactNode, hint?: string, extraHint?: string) => {
    const problem = problems[key];
    const describedBy = [extraHint, hint && `${id(key)}-hint`, problem && `${id(key)}-problem`].filter(Boolean).join(' ');
    return (
      <p className={`informant-form__field informant-form__field--${key}`}>
        <label htmlFor={id(key)}>{label}</label>
        {hint && (
          <span id={`${id(key)}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        {control({ id: id(key), 'aria-invalid': problem !== undefined, 'aria-describedby': describedBy || undefined })}
        {problem && (
          <span id={`${id(key)}-problem`} className="field-problem">
            {problem}
          </span>
        )}
      </p>
    );
  };

  const count = (key: 'visit' | 'phone') => (props: FieldProps) => (
    <input {...props} type="text" inputMode="numeric" autoComplete="off" size={4} value={draft[key]} onChange={(event) => set(key)(event.target.value)} />
  );

  return (
    <form
      className="informant-form"
      aria-labelledby={`${base}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${base}-heading`}>{heading}</h3>
      <p id={`${base}-privacy`} className="informant-form__privacy">
        {t('privacy')}
      </p>
      <div className="informant-form__fields">
        {field(
          'organisation',
          t('editor.organisation'),
          (props) => <input {...props} ref={first} type="text" autoComplete="off" value={draft.organisation} onChange={(event) => set('organisation')(event.target.value)} />,
          t('editor.organisationHint'),
          `${base}-privacy`,
        )}
        {field('tier', t('editor.tier'), (props) => (
          <select {...props} value={draft.tier} onChange={(event) => set('tier')(event.target.value as Tier)}>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tiers.${tier}`)}
              </option>
            ))}
          </select>
        ))}
        {field('visit', t('editor.visit'), count('visit'), t('editor.countHint'))}
        {field('phone', t('editor.phone'), count('phone'), t('editor.countHint'))}
        {field('date', t('editor.date'), (props) => <input {...props} type="date" value={draft.date} onChange={(event) => set('date')(event.target.value)} />)}
        {field(
          'note',
          t('editor.note'),
          (props) => <textarea {...props} rows={2} value={draft.note} onChange={(event) => set('note')(event.target.value)} />,
          t('editor.noteHint'),
        )}
      </div>
      <p className="informant-form__buttons">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('editor.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}

type FieldProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };
