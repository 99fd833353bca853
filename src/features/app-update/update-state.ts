import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What the service worker has to tell the person using the app. */
export interface AppUpdateState {
  /** A service worker is being registered, so messages may come (never in unit tests or without support). */
  readonly watching: boolean;
  /** A new version is installed and waits; it takes over only when the person asks. */
  readonly needRefresh: boolean;
  /** The app is stored in this browser for use without a network. */
  readonly offlineReady: boolean;
}

/**
 * The update state, outside React so the service worker is registered once at start-up
 * (src/main.tsx) whether or not, and however often, the prompt is rendered. Tests may drive it
 * with `setAppUpdateState`.
 */
const appUpdateStore = createStore<AppUpdateState>()(() => ({ watching: false, needRefresh: false, offlineReady: false }));

/** How to switch to the waiting version: set by the registration, called only on the person's request. */
let activate: () => void = () => window.location.reload();

export function setAppUpdateState(change: Partial<AppUpdateState>): void {
  appUpdateStore.setState(change);
}

/** The registration tells how to switch to the waiting version (src/features/app-update/register-service-worker.ts). */
export function setActivateNewVersion(action: () => void): void {
  activate = action;
}

/** The person asked for the new version: switch to it and reload this page. */
export function reloadToNewVersion(): void {
  activate();
}

/** The person wants to finish first: hide the prompt. It comes back with the next update. */
export function dismissUpdate(): void {
  setAppUpdateState({ needRefresh: false });
}

/** The whole update state; the prompt shows all of it, so it renders again on every change. */
export function useAppUpdate(): AppUpdateState {
  return useStore(appUpdateStore);
}
