import { teamMessages } from '../../i18n/messages/team';
import { useTranslation } from '../../i18n/use-translation';
import { useTeamLink } from '../../providers/services';
import { ConnectForm } from './connect-form';
import { ConnectedTeam } from './connected-team';

/** `#/team`: connect this browser to the team's server, or see and manage the connection. */
export default function TeamPage() {
  const { t } = useTranslation(teamMessages);
  const link = useTeamLink();
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      {link ? <ConnectedTeam link={link} /> : <ConnectForm />}
    </>
  );
}
