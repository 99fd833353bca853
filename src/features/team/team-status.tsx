import { useStore } from 'zustand';
import { teamStatusMessages } from '../../i18n/messages/team-status';
import { useTranslation } from '../../i18n/use-translation';
import type { TeamLink } from '../../store/team/team-link';

/**
 * In the header, with a team server set up: how this browser stands with it, who is signed in
 * with which role, the number of conflicts waiting, and a refused edit said at once.
 */
export function TeamStatus({ link }: { link: TeamLink }) {
  const { t } = useTranslation(teamStatusMessages);
  const sync = useStore(link.status, (state) => state.sync);
  const conflicts = useStore(link.status, (state) => state.conflicts.length);
  const refused = useStore(link.status, (state) => state.refused.length > 0);
  const { user, role } = link.config;
  return (
    <div className="team-status">
      <p role="status" aria-label={t('sync.label')}>
        <a href="#/team">
          <span className={`team-sync team-sync-${sync}`}>{t(`sync.${sync}`)}</span> · {user} ({t(`role.${role}`)})
        </a>
        {conflicts > 0 && (
          <>
            {' · '}
            <a href="#/team" className="team-conflicts">
              {t('sync.conflicts', { count: conflicts })}
            </a>
          </>
        )}
      </p>
      {refused && (
        <p role="alert" className="team-refused">
          {t('refused.text', { role: t(`role.${role}`) })}{' '}
          <button type="button" onClick={() => link.status.setState({ refused: [] })}>
            {t('refused.close')}
          </button>
        </p>
      )}
    </div>
  );
}
