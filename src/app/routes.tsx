import { lazy, type ReactNode } from 'react';
import { CountyListPage } from '../features/counties/county-list-page';
import { ScoringPage } from '../features/scoring/scoring-page';
import type { HashRoute } from './hash-route';

// The figures pull in recharts; the first screen does not need them.
const FiguresPage = lazy(() => import('../features/figures/figures-page'));
const DataPage = lazy(() => import('../features/data/data-page'));

export type RouteView = { title: string; element: ReactNode };

export function resolveRoute(route: HashRoute): RouteView {
  const [first, second, ...rest] = route.segments;
  if (first === undefined || (first === 'lan' && second === undefined)) {
    return { title: 'Län', element: <CountyListPage /> };
  }
  if (first === 'lan' && second !== undefined && rest.length === 0) {
    return { title: `Län ${second}`, element: <ScoringPage code={second} /> };
  }
  if (first === 'figurer' && second === undefined) return { title: 'Figurer', element: <FiguresPage /> };
  if (first === 'data' && second === undefined) return { title: 'Data', element: <DataPage /> };
  return { title: 'Sidan finns inte', element: <NotFound path={route.path} /> };
}

function NotFound({ path }: { path: string }) {
  return (
    <>
      <h1 tabIndex={-1}>Sidan finns inte</h1>
      <p>
        Det finns ingen sida på adressen <code>#{path}</code>. <a href="#/lan">Gå till länen</a>.
      </p>
    </>
  );
}
