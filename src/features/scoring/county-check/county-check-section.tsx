import { lazy, memo, Suspense } from 'react';

// Written once a county is scored, not while it is: the section arrives after the statements.
const CountyCheckPanel = lazy(() => import('./county-check-panel'));

/** The county's summary, its areas' comments and the status of its check with the county. */
export const CountyCheckSection = memo(function CountyCheckSection({ countyCode }: { countyCode: string }) {
  return (
    <Suspense fallback={null}>
      <CountyCheckPanel countyCode={countyCode} />
    </Suspense>
  );
});
