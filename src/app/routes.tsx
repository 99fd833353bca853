import { lazy, type ReactNode } from 'react';
import { CountyListPage } from '../features/counties/county-list-page';
import { commonMessages } from '../i18n/messages/common';
import { Trans } from '../i18n/trans';
import { useTranslation } from '../i18n/use-translation';
import type { HashRoute } from '../lib/hash-route';

// The figures pull in recharts; the first screen does not need them. The county page is the
// largest page without charts and is opened from the list, so it loads when it is opened too.
const ScoringPage = lazy(() => import('../features/scoring/scoring-page').then((module) => ({ default: module.ScoringPage })));
const FiguresPage = lazy(() => import('../features/figures/figures-page'));
const DataPage = lazy(() => import('../features/data/data-page'));
const AccessibilityPage = lazy(() => import('../features/accessibility/accessibility-page'));
const OverviewPage = lazy(() => import('../features/compare/overview/overview-page'));
const HeatmapPage = lazy(() => import('../features/compare/heatmap/heatmap-page'));
const SideBySidePage = lazy(() => import('../features/compare/side-by-side/side-by-side-page'));
const ChangePage = lazy(() => import('../features/change/change-page'));
const RulesPage = lazy(() => import('../features/rules/rules-page'));
const ReportPage = lazy(() => import('../features/report/report-page'));
const RoundsPage = lazy(() => import('../features/rounds/rounds-page'));
const ReconcilePage = lazy(() => import('../features/reconcile/reconcile-page'));
const AgreementPage = lazy(() => import('../features/agreement/agreement-page'));
const InformantsPage = lazy(() => import('../features/informants/informants-page'));
const TeamPage = lazy(() => import('../features/team/team-page'));

const InterviewSheetPage = lazy(() => import('../features/interview-sheet/interview-sheet-page'));
const CountyHistoryPage = lazy(() => import('../features/county-history/county-history-page'));

/** `titleKey` names the page in the document title, in the current language. */
export type RouteView = { section: string; titleKey: 'nav.counties' | 'nav.figures' | 'nav.data' | 'nav.accessibility' | 'nav.compare' | 'nav.change' | 'nav.rules' | 'nav.report' | 'nav.rounds' | 'nav.reconcile' | 'nav.agreement' | 'nav.informants' | 'nav.interview' | 'nav.countyHistory' | 'nav.team' | 'notFound.title'; element: ReactNode };

export function resolveRoute(route: HashRoute): RouteView {
  const [first, second, ...rest] = route.segments;
  if (first === undefined || (first === 'lan' && second === undefined)) {
    return { section: 'lan', titleKey: 'nav.counties', element: <CountyListPage /> };
  }
  if (first === 'lan' && second !== undefined && rest.length === 0) {
    return { section: 'lan', titleKey: 'nav.counties', element: <ScoringPage code={second} /> };
  }
  if (first === 'lan' && second !== undefined && rest.length === 1 && rest[0] === 'samsyn') {
    return { section: 'lan', titleKey: 'nav.reconcile', element: <ReconcilePage code={second} /> };
  }
  if (first === 'lan' && second !== undefined && rest.length === 1 && rest[0] === 'intervju') {
    return { section: 'lan', titleKey: 'nav.interview', element: <InterviewSheetPage code={second} /> };
  }
  if (first === 'lan' && second !== undefined && rest.length === 1 && rest[0] === 'forandring') {
    return { section: 'lan', titleKey: 'nav.countyHistory', element: <CountyHistoryPage code={second} /> };
  }
  if (first === 'figurer' && second === undefined) return { section: 'figurer', titleKey: 'nav.figures', element: <FiguresPage params={route.params} /> };
  if (first === 'data' && second === undefined) return { section: 'data', titleKey: 'nav.data', element: <DataPage /> };
  if (first === 'jamfor' && rest.length === 0) {
    if (second === undefined) return { section: 'jamfor', titleKey: 'nav.compare', element: <OverviewPage params={route.params} /> };
    if (second === 'pastaenden') return { section: 'jamfor', titleKey: 'nav.compare', element: <HeatmapPage params={route.params} /> };
    if (second === 'lan') return { section: 'jamfor', titleKey: 'nav.compare', element: <SideBySidePage params={route.params} /> };
  }
  if (first === 'forandring' && second === undefined) return { section: 'forandring', titleKey: 'nav.change', element: <ChangePage params={route.params} /> };
  if (first === 'regler' && second === undefined) return { section: 'regler', titleKey: 'nav.rules', element: <RulesPage params={route.params} /> };
  if (first === 'rapport' && second === undefined) return { section: 'rapport', titleKey: 'nav.report', element: <ReportPage params={route.params} /> };
  if (first === 'omgangar' && second === undefined) return { section: 'omgangar', titleKey: 'nav.rounds', element: <RoundsPage /> };
  if (first === 'overensstammelse' && second === undefined) {
    return { section: 'overensstammelse', titleKey: 'nav.agreement', element: <AgreementPage /> };
  }
  if (first === 'informanter' && second === undefined) return { section: 'informanter', titleKey: 'nav.informants', element: <InformantsPage /> };
  if (first === 'team' && second === undefined) return { section: 'team', titleKey: 'nav.team', element: <TeamPage /> };
  if (first === 'tillganglighet' && second === undefined) {
    return { section: 'tillganglighet', titleKey: 'nav.accessibility', element: <AccessibilityPage /> };
  }
  return { section: '', titleKey: 'notFound.title', element: <NotFound path={route.path} /> };
}

function NotFound({ path }: { path: string }) {
  const { t } = useTranslation(commonMessages);
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>
        {/* <Trans> puts the link text from the catalogue inside the anchor. */}
        {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
        <Trans t={t} i18nKey="notFound.text" values={{ path }} components={{ code: <code />, a: <a href="#/lan" /> }} />
      </p>
    </>
  );
}
