import { useEffect, useState } from 'react';
import { ServicesProvider } from '../providers/services';
import type { WorkspaceStorage } from '../store/workspace-storage';
import { FileProblemsPage } from './file-problems-page';
import { Shell } from './shell';
import { start, type StartOutcome } from './start';
import { useTranslation } from '../i18n/use-translation';
import { commonMessages } from '../i18n/messages/common';

type AppState = { kind: 'loading' } | { kind: 'crashed'; message: string } | StartOutcome;

export function App({ storage }: { storage: WorkspaceStorage }) {
  const { t } = useTranslation(commonMessages);
  const [state, setState] = useState<AppState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    start(storage).then(
      (outcome) => !cancelled && setState(outcome),
      (error: unknown) => !cancelled && setState({ kind: 'crashed', message: String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [storage]);

  switch (state.kind) {
    case 'loading':
      return (
        <main className="page" aria-busy="true">
          <p role="status">{t('loadingCriteria')}</p>
        </main>
      );
    case 'crashed':
      return (
        <main className="page">
          <h1>{t('crashed')}</h1>
          <p role="alert">{state.message}</p>
        </main>
      );
    case 'invalid-files':
      return <FileProblemsPage files={state.files} />;
    case 'ready':
      return (
        <ServicesProvider services={state.services}>
          <Shell unreadable={state.unreadable} />
        </ServicesProvider>
      );
  }
}
