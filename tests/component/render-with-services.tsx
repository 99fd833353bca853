import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Workspace } from '../../src/domain/workspace/workspace';
import { ServicesProvider, type Services } from '../../src/providers/services';
import { createSaveStatusStore } from '../../src/store/save-status-store';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { loadInstrument } from '../unit/load-instrument';

/** Renders a view with the shipped instrument and a fresh store holding `workspace`. */
export function renderWithServices(ui: ReactNode, workspace: Workspace = { assessments: {} }) {
  const services: Services = {
    instrument: loadInstrument(),
    workspaceStore: createWorkspaceStore(workspace),
    saveStatusStore: createSaveStatusStore(),
  };
  const view = render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
  return { ...view, services };
}
