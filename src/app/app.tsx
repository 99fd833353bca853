import { startTransition, useEffect, useState, type ComponentType } from 'react';
import { commonMessages } from '../i18n/messages/common';
import { useTranslation } from '../i18n/use-translation';
import type { TeamConfig } from '../store/team/team-config';
import type { WorkspaceStorage } from '../store/workspace-storage';
import { fetchInstrumentFiles, type InstrumentFiles } from './instrument-files';
import type * as StartModule from './start';
import type { StartOutcome } from './start';
import type * as StartedViewModule from './started-view';

type StartedViewType = ComponentType<{ outcome: StartOutcome }>;
type AppState = { kind: 'loading' } | { kind: 'crashed'; message: string } | { kind: 'started'; outcome: StartOutcome; View: StartedViewType };

type StartParts = { files: Promise<InstrumentFiles>; code: Promise<[typeof StartModule, typeof StartedViewModule]> };

function loadStartParts(): StartParts {
  return { files: fetchInstrumentFiles(), code: Promise.all([import('./start'), import('./started-view')]) };
}

let early: StartParts | null = null;

/**
 * Called by the entry before React renders: the instrument's files and the code that checks them
 * begin to load while React starts, not after its first render. Used by the first start only.
 */
export function beginLoadingStart(): void {
  early ??= loadStartParts();
}

/**
 * The entry shows "loading" at once. Checking the files (zod), the store and every page load as
 * separate code while the instrument's files are fetched, so neither waits for the other and the
 * first paint needs only React and this component (docs/decisions/013-a-small-entry.md).
 */
async function startApp(storage: WorkspaceStorage, team: TeamConfig | null): Promise<{ outcome: StartOutcome; View: StartedViewType }> {
  const parts = early ?? loadStartParts();
  early = null;
  const [{ start }, { StartedView }] = await parts.code;
  return { outcome: await start(storage, parts.files, team), View: StartedView };
}

export function App({ storage, team = null }: { storage: WorkspaceStorage; team?: TeamConfig | null }) {
  const { t } = useTranslation(commonMessages);
  const [state, setState] = useState<AppState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    startApp(storage, team).then(
      // As a transition React renders the first page in slices, so the main thread stays free for
      // input between them instead of being held for one long task.
      (started) => !cancelled && startTransition(() => setState({ kind: 'started', ...started })),
      (error: unknown) => !cancelled && setState({ kind: 'crashed', message: String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [storage, team]);

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
    case 'started':
      return <state.View outcome={state.outcome} />;
  }
}
