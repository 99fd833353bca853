import { Suspense, useEffect, useRef } from 'react';
import { OfflineNote } from '../features/app-update/offline-note';
import { UpdatePrompt } from '../features/app-update/update-prompt';
import { UndoControls } from '../features/history/undo-controls';
import { RestoreNotice } from '../features/save-status/restore-notice';
import { SaveStatusIndicator } from '../features/save-status/save-status-indicator';
import { TeamStatus } from '../features/team/team-status';
import { commonMessages } from '../i18n/messages/common';
import { useTranslation } from '../i18n/use-translation';
import type { HashRoute } from '../lib/hash-route';
import { RoundProvider, useRoundHref } from '../providers/round-in-use';
import { useTeamLink } from '../providers/services';
import type { Unreadable } from '../store/persistence';
import { LanguageSwitch } from './language-switch';
import { RoundSwitch } from './round-switch';
import { resolveRoute } from './routes';
import { useHashRoute } from './use-hash-route';
import { useStickyHeader } from './use-sticky-header';

const NAV = [
  { href: '#/lan', key: 'nav.counties', section: 'lan' },
  { href: '#/figurer', key: 'nav.figures', section: 'figurer' },
  { href: '#/jamfor', key: 'nav.compare', section: 'jamfor' },
  { href: '#/forandring', key: 'nav.change', section: 'forandring' },
  { href: '#/regler', key: 'nav.rules', section: 'regler' },
  { href: '#/rapport', key: 'nav.report', section: 'rapport' },
  { href: '#/informanter', key: 'nav.informants', section: 'informanter' },
  { href: '#/data', key: 'nav.data', section: 'data' },
] as const;

export function Shell({ unreadable }: { unreadable: Unreadable | null }) {
  const route = useHashRoute();
  return (
    <RoundProvider requested={route.params.get('omgang')}>
      <ShellView route={route} unreadable={unreadable} />
    </RoundProvider>
  );
}

function ShellView({ route, unreadable }: { route: HashRoute; unreadable: Unreadable | null }) {
  const { t } = useTranslation(commonMessages);
  const roundHref = useRoundHref();
  const team = useTeamLink();
  const view = resolveRoute(route);
  const main = useRef<HTMLElement>(null);
  const header = useRef<HTMLElement>(null);
  useStickyHeader(header, '.undo-controls');
  const shownPath = useRef(route.path);
  const title = t(view.titleKey);

  useEffect(() => {
    document.title = `${title} – ${t('titleSuffix')}`;
  }, [title, t]);

  useEffect(() => {
    // On navigation, move focus to the new page's heading so keyboard and screen reader users
    // start reading there (and hear its name); not on the first load, where the browser's own
    // focus is right.
    if (shownPath.current === route.path) return;
    shownPath.current = route.path;
    const container = main.current;
    if (!container) return;
    // While the next page loads, React keeps the previous one in place, hidden with display: none.
    const focusHeading = () => {
      const heading = [...container.querySelectorAll<HTMLElement>('h1')].find(
        (candidate) => candidate.closest('[style*="display: none"]') === null,
      );
      heading?.focus();
      return heading !== undefined && document.activeElement === heading;
    };
    if (focusHeading()) return;
    // A lazily loaded page shows its heading a moment later.
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [route.path]);

  return (
    <>
      <a
        className="skip-link"
        href="#innehall"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <header ref={header} className="app-header">
        <p className="app-name">{t('appName')}</p>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={roundHref(item.href)} aria-current={view.section === item.section ? 'page' : undefined}>
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* A row of its own, the one that stays in view: the round in use, the language, undo and the save status. */}
        <div className="header-tools">
          <RoundSwitch />
          <LanguageSwitch />
          <UndoControls />
          <SaveStatusIndicator />
          {team && <TeamStatus link={team} />}
        </div>
      </header>
      <main id="innehall" ref={main} tabIndex={-1} className="page">
        <UpdatePrompt />
        <RestoreNotice unreadable={unreadable} />
        <Suspense fallback={<p role="status">{t('loading')}</p>}>{view.element}</Suspense>
      </main>
      <footer className="app-footer">
        <a href="#/tillganglighet" aria-current={view.section === 'tillganglighet' ? 'page' : undefined}>
          {t('nav.accessibility')}
        </a>{' '}
        <a href="#/team" aria-current={view.section === 'team' ? 'page' : undefined}>
          {t('nav.team')}
        </a>
        <OfflineNote />
      </footer>
    </>
  );
}
