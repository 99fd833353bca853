import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Instrument } from '../domain/criteria/instrument';
import type { Saver } from '../store/persistence';
import type { SaveStatus, SaveStatusStore } from '../store/save-status-store';
import type { TeamLink } from '../store/team/team-link';
import type { WorkspaceStorage } from '../store/workspace-storage';
import type { WorkspaceState, WorkspaceStore } from '../store/workspace-store';

/** What every view may use: the loaded instrument and the two stores. Made once at start-up. */
export type Services = {
  instrument: Instrument;
  workspaceStore: WorkspaceStore;
  saveStatusStore: SaveStatusStore;
  saver: Saver;
  storage: WorkspaceStorage;
  /** The link to a team server, when one is set up (`#/team`); null in the browser alone. */
  team?: TeamLink | null;
};

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/**
 * The views inside see another instrument with the same stores: a rule variant's, for figures and
 * a report drawn with it. Everything they rate, count and write comes from that instrument.
 */
export function WithInstrument({ instrument, children }: { instrument: Instrument; children: ReactNode }) {
  const services = useServices();
  const value = useMemo(() => ({ ...services, instrument }), [services, instrument]);
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices is used outside a ServicesProvider');
  return services;
}

export function useInstrument(): Instrument {
  return useServices().instrument;
}

export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useServices().workspaceStore, selector);
}

export function useSaveStatus(): SaveStatus {
  return useStore(useServices().saveStatusStore);
}

export function useTeamLink(): TeamLink | null {
  return useServices().team ?? null;
}

export function useStorage(): WorkspaceStorage {
  return useServices().storage;
}

export function useSaver(): Saver {
  return useServices().saver;
}

/** For actions that need the current state without subscribing to it (exports). */
export function useWorkspaceStore(): WorkspaceStore {
  return useServices().workspaceStore;
}
