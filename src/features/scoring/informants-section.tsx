import { lazy, Suspense, useState } from 'react';
import { commonMessages } from '../../i18n/messages/common';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useWorkspace } from '../../providers/services';
import './informants-section.css';

// The editor and its texts load when the section is first opened: most visits to a county's page are for scoring.
const InformantsEditor = lazy(() => import('./informants-editor'));

/** The organisations interviewed in the county (Bilaga 3), folded away so the scoring page stays as short as it was. */
export function InformantsSection({ countyCode, countyName }: { countyCode: string; countyName: string }) {
  const { t } = useTranslation(scoringMessages);
  const { t: tCommon } = useTranslation(commonMessages);
  const { round } = useRound();
  const count = useWorkspace((state) => Object.keys(state.data[round.id]?.informants[countyCode] ?? {}).length);
  // Once opened, the editor stays, so that a form half filled in is still there when the section is opened again.
  const [opened, setOpened] = useState(false);
  return (
    <details className="county-informants" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{t('informants.summary', { count })}</summary>
      {opened && (
        <Suspense fallback={<p role="status">{tCommon('loading')}</p>}>
          <InformantsEditor countyCode={countyCode} countyName={countyName} />
        </Suspense>
      )}
    </details>
  );
}
