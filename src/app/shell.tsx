import { Suspense, useEffect, useRef } from 'react';
import { RestoreNotice } from '../features/data/restore-notice';
import { SaveStatusIndicator } from '../features/data/save-status-indicator';
import { UndoControls } from '../features/history/undo-controls';
import type { Unreadable } from '../store/persistence';
import { useHashRoute } from './hash-route';
import { resolveRoute } from './routes';

const NAV = [
  { href: '#/lan', label: 'Län', section: 'lan' },
  { href: '#/figurer', label: 'Figurer', section: 'figurer' },
  { href: '#/data', label: 'Data', section: 'data' },
];

export function Shell({ unreadable }: { unreadable: Unreadable | null }) {
  const route = useHashRoute();
  const view = resolveRoute(route);
  const section = route.segments[0] ?? 'lan';
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(route.path);

  useEffect(() => {
    document.title = `${view.title} – Länsinventering`;
    // On navigation, move focus to the new page's heading so keyboard and screen reader users
    // start reading there; not on the first load, where the browser's own focus is right.
    if (shownPath.current === route.path) return;
    shownPath.current = route.path;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    heading?.focus();
  }, [route.path, view.title]);

  return (
    <>
      <a className="skip-link" href="#innehall" onClick={(event) => {
        event.preventDefault();
        main.current?.focus();
      }}>
        Hoppa till innehållet
      </a>
      <header className="app-header">
        <p className="app-name">Länsinventering psykisk hälsa</p>
        <nav aria-label="Huvudmeny">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={section === item.section ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <UndoControls />
        <SaveStatusIndicator />
      </header>
      <main id="innehall" ref={main} tabIndex={-1} className="page">
        <RestoreNotice unreadable={unreadable} />
        <Suspense fallback={<p role="status">Laddar…</p>}>{view.element}</Suspense>
      </main>
    </>
  );
}
