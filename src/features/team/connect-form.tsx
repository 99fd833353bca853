import { useId, useState, type FormEvent } from 'react';
import { AGREED } from '../../domain/workspace/changes';
import type { TFunction } from '../../i18n/messages';
import { teamMessages } from '../../i18n/messages/team';
import { useTranslation } from '../../i18n/use-translation';
import { raterChoice } from '../../store/rater-choice';
import { signIn, type SessionOutcome } from '../../store/team/couch-session';
import { writeTeamConfig } from '../../store/team/team-config';

type Fields = { server: string; db: string; user: string; password: string };

/** The one-origin deployment: the database behind the app's own address (docs/deployment.md). */
function suggestedServer(): string {
  return typeof location === 'undefined' ? '' : `${location.origin}/couch`;
}

/**
 * Signs in with the server's session and, when the user has a role in the team's database,
 * starts the app again in team mode. The password is sent once and kept nowhere.
 */
export function ConnectForm({ onConnected = () => location.reload() }: { onConnected?: () => void }) {
  const { t } = useTranslation(teamMessages);
  const id = useId();
  const [fields, setFields] = useState<Fields>({ server: suggestedServer(), db: 'lansinventering', user: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (name: keyof Fields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = (['server', 'db', 'user', 'password'] as const).find((name) => fields[name].trim() === '');
    if (missing) {
      setProblem(t('form.required', { field: t(`form.${missing}`) }));
      return;
    }
    setBusy(true);
    setProblem(null);
    const server = fields.server.trim().replace(/\/+$/, '');
    const outcome = await signIn(server, fields.db.trim(), fields.user.trim(), fields.password);
    setBusy(false);
    if (outcome.kind !== 'signed-in') {
      setProblem(describeProblem(t, outcome));
      return;
    }
    // Once connected the signed-in user is the rater; a coordinator starts on the group's scores.
    raterChoice.getState().setRater(outcome.role === 'intervjuare' ? outcome.user : AGREED);
    writeTeamConfig({ server, db: fields.db.trim(), user: outcome.user, role: outcome.role });
    onConnected();
  };

  const field = (name: keyof Fields, type = 'text', hint?: string) => (
    <p>
      <label htmlFor={`${id}-${name}`}>{t(`form.${name}`)}</label>
      <br />
      <input
        id={`${id}-${name}`}
        type={type}
        value={fields[name]}
        onChange={set(name)}
        autoComplete={name === 'password' ? 'current-password' : name === 'user' ? 'username' : 'off'}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
        size={name === 'server' ? 40 : 24}
      />
      {hint && (
        <>
          <br />
          <span id={`${id}-${name}-hint`} className="field-hint">
            {hint}
          </span>
        </>
      )}
    </p>
  );

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('form.heading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {field('server', 'url', t('form.serverHint'))}
        {field('db')}
        {field('user')}
        {field('password', 'password', t('form.passwordHint'))}
        {problem && <p role="alert">{problem}</p>}
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t('form.connecting') : t('form.connect')}
          </button>
        </p>
      </form>
    </section>
  );
}

export function describeProblem(t: TFunction<typeof teamMessages>, outcome: Exclude<SessionOutcome, { kind: 'signed-in' }>): string {
  switch (outcome.kind) {
    case 'not-in-team':
      return t('error.not-in-team', { user: outcome.user });
    case 'unreachable':
      return t('error.unreachable', { detail: outcome.detail });
    default:
      return t(`error.${outcome.kind}`);
  }
}
