import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, beginLoadingStart } from './app/app';
import { registerServiceWorker } from './features/app-update/register-service-worker';
import { createI18n } from './i18n/i18n';
import { I18nProvider } from './i18n/use-translation';
import { readTeamConfig, teamStorageNames } from './store/team/team-config';
import { createBrowserStorage } from './store/workspace-storage';
import './styles.css';

// With a team server set up (#/team), the app works on the team's local copy, kept apart from
// the workspace of the browser alone, which stays as it was for when the team link is undone.
const team = readTeamConfig();
const names = team ? teamStorageNames(team) : null;
const storage = names ? createBrowserStorage(names.database, undefined, names.pendingPrefix) : createBrowserStorage();

beginLoadingStart();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nProvider i18n={createI18n()}>
      <App storage={storage} team={team} />
    </I18nProvider>
  </StrictMode>,
);

// After one visit the app starts without a network; new versions wait for the person's choice.
registerServiceWorker();
