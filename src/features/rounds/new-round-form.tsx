import { useId, useState } from 'react';
import { compareRounds, roundSchema } from '../../domain/rounds/round';
import { roundIdFor } from '../../domain/rounds/round-summary';
import { roundsMessages } from '../../i18n/messages/rounds';
import { useTranslation } from '../../i18n/use-translation';
import { withRoundParam } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { StartsFromField } from './starts-from-field';

type Problems = Partial<Record<'id' | 'name' | 'period' | 'startsFrom', string>>;
const FIELDS = ['period', 'name', 'startsFrom', 'id'] as const;

/**
 * A new round: its period (a year, or a year and month), a name, and an id for addresses, which
 * is the period unless the user writes another, and optionally the earlier round whose agreed
 * scores it starts from. Checked with the round's own schema; each field says what is wrong with it.
 */
export function NewRoundForm() {
  const { t } = useTranslation(roundsMessages);
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const taken = useWorkspace((state) => state.rounds);
  const [period, setPeriod] = useState(String(new Date().getFullYear() + 1));
  const [name, setName] = useState('');
  const [roundId, setRoundId] = useState('');
  const [startsFrom, setStartsFrom] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [created, setCreated] = useState<{ id: string; name: string; source?: string } | null>(null);
  const base = useId();

  const create = () => {
    const id = roundId.trim() || roundIdFor(period.trim(), new Set(Object.keys(taken)));
    const candidate = {
      id,
      name: name.trim() || period.trim(),
      period: period.trim(),
      criteria: instrument.criteria.id,
      ruleRevision: instrument.criteria.revision,
      ...(startsFrom === '' ? {} : { startsFrom }),
    };
    const parsed = roundSchema.safeParse(candidate);
    const found: Problems = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((known) => known === issue.path[0]);
        if (field && !found[field]) found[field] = issue.message;
      }
    }
    if (taken[id] !== undefined && !found.id) found.id = t('form.idTaken', { id });
    // Without an id of its own, a second round of a period already in use is most likely a second click.
    const samePeriod = Object.values(taken).find((round) => round.period === candidate.period);
    if (roundId.trim() === '' && samePeriod && !found.period) found.period = t('form.periodTaken', { period: candidate.period, name: samePeriod.name });
    const source = startsFrom === '' ? undefined : taken[startsFrom];
    if (startsFrom !== '' && !found.startsFrom) {
      // Only an earlier round's scores are carried over (carried-scores.ts): say so here rather than carry none unseen.
      if (source === undefined) found.startsFrom = t('form.startsFromGone');
      else if (parsed.success && compareRounds({ id: startsFrom, ...source }, parsed.data) >= 0) {
        found.startsFrom = t('form.startsFromNotEarlier', { name: source.name, period: candidate.period });
      }
    }
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const first = FIELDS.find((field) => found[field]);
      document.getElementById(`${base}-${first}`)?.focus();
      return;
    }
    const { id: _id, ...details } = candidate;
    store.getState().applyStep({ kind: 'round-saved', name: candidate.name }, [{ field: 'round', round: id, value: details }]);
    setCreated({ id, name: candidate.name, ...(source === undefined ? {} : { source: source.name }) });
    // Ready for the next round, not for the same one again.
    if (/^\d{4}$/.test(candidate.period)) setPeriod(String(Number(candidate.period) + 1));
    setName('');
    setRoundId('');
    setStartsFrom('');
  };

  const field = (key: Exclude<keyof Problems, 'startsFrom'>, label: string, value: string, onChange: (value: string) => void, hint: string) => (
    <p className="round-form__field">
      <label htmlFor={`${base}-${key}`}>{label}</label>
      <span id={`${base}-${key}-hint`} className="field-hint">
        {hint}
      </span>
      <input
        id={`${base}-${key}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problems[key] !== undefined}
        aria-describedby={`${base}-${key}-hint${problems[key] ? ` ${base}-${key}-problem` : ''}`}
      />
      {problems[key] && (
        <span id={`${base}-${key}-problem`} className="field-problem">
          {problems[key]}
        </span>
      )}
    </p>
  );

  return (
    <form
      className="round-form"
      aria-labelledby={`${base}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create();
      }}
    >
      <h3 id={`${base}-heading`}>{t('form.heading')}</h3>
      {field('period', t('form.period'), period, setPeriod, t('form.periodHint'))}
      {field('name', t('form.name'), name, setName, t('form.nameHint'))}
      <StartsFromField id={`${base}-startsFrom`} value={startsFrom} onChange={setStartsFrom} problem={problems.startsFrom} />
      {field('id', t('form.id'), roundId, setRoundId, t('form.idHint'))}
      <button type="submit">{t('form.create')}</button>
      {created && (
        <p role="status" className="alert alert--success">
          {created.source === undefined ? t('form.created', { name: created.name }) : t('form.createdFrom', { name: created.name, source: created.source })}{' '}
          <a href={withRoundParam('#/lan', created.id)}>{t('form.startScoring', { name: created.name })}</a>
        </p>
      )}
    </form>
  );
}
