import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Language } from '../../src/domain/localize';
import type { Stamps } from '../../src/domain/workspace/stamps';
import type { Workspace } from '../../src/domain/workspace/workspace';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';
import { ServicesProvider, type Services } from '../../src/providers/services';
import { createSaver } from '../../src/store/persistence';
import { createSaveStatusStore } from '../../src/store/save-status-store';
import { createBrowserStorage, type WorkspaceStorage } from '../../src/store/workspace-storage';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { loadInstrument } from '../unit/load-instrument';

let databases = 0;

export function freshTestStorage(): WorkspaceStorage {
  return createBrowserStorage(`component-test-${(databases += 1)}`, null);
}

/**
 * Renders a view with the shipped instrument, a fresh store holding `workspace` (with `stamps`, when
 * each value last changed), saving to a fresh database.
 */
export function renderWithServices(
  ui: ReactNode,
  workspace: Workspace = { assessments: {} },
  storage: WorkspaceStorage = freshTestStorage(),
  language: Language = 'sv',
  stamps: Stamps = {},
) {
  const instrument = loadInstrument();
  const saveStatusStore = createSaveStatusStore();
  const saver = createSaver(storage, instrument, saveStatusStore, 'test-tab');
  const services: Services = {
    instrument,
    workspaceStore: createWorkspaceStore({ initial: workspace, initialStamps: stamps, onLocalChanges: saver.enqueue }),
    saveStatusStore,
    saver,
    storage,
  };
  const i18n = createI18n(language);
  const view = render(
    <I18nProvider i18n={i18n}>
      <ServicesProvider services={services}>{ui}</ServicesProvider>
    </I18nProvider>,
  );
  return { ...view, services, storage, i18n };
}
