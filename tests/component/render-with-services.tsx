import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Language } from '../../src/domain/localize';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import type { Stamps } from '../../src/domain/workspace/stamps';
import type { Workspace } from '../../src/domain/workspace/workspace';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';
import { RoundProvider } from '../../src/providers/round-in-use';
import { ServicesProvider, type Services } from '../../src/providers/services';
import { createSaver } from '../../src/store/persistence';
import { createSaveStatusStore } from '../../src/store/save-status-store';
import { createBrowserStorage, type WorkspaceStorage } from '../../src/store/workspace-storage';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { loadInstrument } from '../unit/load-instrument';
import { oneRound, TEST_ROUND } from '../unit/one-round';

let databases = 0;

export function freshTestStorage(): WorkspaceStorage {
  return createBrowserStorage(`component-test-${(databases += 1)}`, null);
}

/**
 * Renders a view with the shipped instrument, a fresh store holding `workspace` (with `stamps`, when
 * each value last changed), saving to a fresh database. Scores alone are the agreed scores of the
 * test round, the round in use unless `requestedRound` names another.
 */
export function renderWithServices(
  ui: ReactNode,
  workspace: RoundScores | Workspace = { assessments: {} },
  storage: WorkspaceStorage = freshTestStorage(),
  language: Language = 'sv',
  stamps: Stamps = {},
  requestedRound: string | null = null,
) {
  const initial = 'assessments' in workspace ? oneRound(workspace) : workspace;
  const instrument = loadInstrument();
  const saveStatusStore = createSaveStatusStore();
  const saver = createSaver(storage, instrument, saveStatusStore, 'test-tab', TEST_ROUND);
  const services: Services = {
    instrument,
    workspaceStore: createWorkspaceStore({ initial, initialStamps: stamps, onLocalChanges: saver.enqueue }),
    saveStatusStore,
    saver,
    storage,
  };
  const i18n = createI18n(language);
  const view = render(
    <I18nProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <RoundProvider requested={requestedRound}>{ui}</RoundProvider>
      </ServicesProvider>
    </I18nProvider>,
  );
  return { ...view, services, storage, i18n };
}
