import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Workspace } from '../../src/domain/workspace/workspace';
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

/** Renders a view with the shipped instrument, a fresh store holding `workspace`, saving to a fresh database. */
export function renderWithServices(
  ui: ReactNode,
  workspace: Workspace = { assessments: {} },
  storage: WorkspaceStorage = freshTestStorage(),
) {
  const instrument = loadInstrument();
  const saveStatusStore = createSaveStatusStore();
  const saver = createSaver(storage, instrument, saveStatusStore, 'test-tab');
  const services: Services = {
    instrument,
    workspaceStore: createWorkspaceStore({ initial: workspace, onLocalChanges: saver.enqueue }),
    saveStatusStore,
    saver,
    storage,
  };
  const view = render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
  return { ...view, services, storage };
}
