import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { downloadWorkspace } from '../../components/download-workspace';
import { teamMessages } from '../../i18n/messages/team';
import { teamStatusMessages } from '../../i18n/messages/team-status';
import { useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspaceStore } from '../../providers/services';
import { signIn, signOut } from '../../store/team/couch-session';
import { writeTeamConfig } from '../../store/team/team-config';
import type { TeamLink } from '../../store/team/team-link';
import { workspaceOf } from '../../store/workspace-store';
import { ConflictList } from './conflict-list';
import { describeProblem } from './connect-form';
import { MoveUpSection } from './move-up-section';
import { SupersededList } from './superseded-list';

/** The connection: who is signed in with which role, the status, conflicts, and moving data up and down. */
export function ConnectedTeam({ link, onDisconnected = () => location.reload() }: { link: TeamLink; onDisconnected?: () => void }) {
  const { t } = useTranslation(teamMessages);
  const { t: tStatus } = useTranslation(teamStatusMessages);
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const id = useId();
  const sync = useStore(link.status, (state) => state.sync);
  const denied = useStore(link.status, (state) => state.denied);
  const { server, db, user, role } = link.config;

  const disconnect = async () => {
    await link.close();
    await signOut(server);
    writeTeamConfig(null);
    onDisconnected();
  };

  return (
    <>
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('connected.heading')}</h2>
        <dl className="team-facts">
          <dt>{t('connected.server')}</dt>
          <dd>{server}</dd>
          <dt>{t('connected.db')}</dt>
          <dd>{db}</dd>
          <dt>{t('connected.user')}</dt>
          <dd>{user}</dd>
          <dt>{t('connected.role')}</dt>
          <dd>
            {tStatus(`role.${role}`)}: {t(`roleRights.${role}`)}
          </dd>
          <dt>{t('connected.status')}</dt>
          <dd>{tStatus(`sync.${sync}`)}</dd>
        </dl>
        {denied > 0 && <p role="alert">{t('denied', { count: denied })}</p>}
        {sync === 'signed-out' && <SignInAgain link={link} />}
        <p>
          <button type="button" onClick={() => void disconnect()} aria-describedby={`${id}-disconnect`}>
            {t('connected.disconnect')}
          </button>{' '}
          <span id={`${id}-disconnect`} className="field-hint">
            {t('connected.disconnectHint')}
          </span>
        </p>
        <p>
          <button type="button" onClick={() => downloadWorkspace(instrument, workspaceOf(store.getState()))} aria-describedby={`${id}-download`}>
            {t('connected.download')}
          </button>{' '}
          <span id={`${id}-download`} className="field-hint">
            {t('connected.downloadHint')}
          </span>
        </p>
      </section>
      <section aria-labelledby={`${id}-blind`}>
        <h2 id={`${id}-blind`}>{t('blind.heading')}</h2>
        <p>{t('blind.text')}</p>
      </section>
      <ConflictList link={link} />
      <SupersededList link={link} />
      {role !== 'lasare' && <MoveUpSection link={link} />}
    </>
  );
}

/** After the server's session has ended: the password once more, then replication goes on. */
function SignInAgain({ link }: { link: TeamLink }) {
  const { t } = useTranslation(teamMessages);
  const id = useId();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await signIn(link.config.server, link.config.db, link.config.user, password);
    setPassword('');
    if (outcome.kind === 'signed-in') {
      setProblem(null);
      link.restart();
    } else setProblem(describeProblem(t, outcome));
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <p>{t('connected.signedOut')}</p>
      <p>
        <label htmlFor={id}>{t('form.password')}</label>{' '}
        <input id={id} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />{' '}
        <button type="submit">{t('connected.signInAgain')}</button>
      </p>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}
