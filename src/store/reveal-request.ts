import { createStore } from 'zustand/vanilla';

/** A statement that "Ångra" or "Gör om" changed, for the county's page to bring into view. */
export type RevealRequest = {
  county: string;
  statement: string;
  field: 'score' | 'note';
  /** True when the change is on another page: the user is taken there, and the focus with them. */
  moveFocus: boolean;
};

/**
 * One pending request at a time, taken by the scoring page once it shows that county. A module
 * store, not workspace state: it is a moment's navigation, never saved, never undone.
 */
export const revealRequests = createStore<{ request: RevealRequest | null }>(() => ({ request: null }));

export function requestReveal(request: RevealRequest): void {
  revealRequests.setState({ request });
}

/** Hands the request to the county's page and forgets it; null when it is for another county. */
export function takeReveal(county: string): RevealRequest | null {
  const { request } = revealRequests.getState();
  if (request?.county !== county) return null;
  revealRequests.setState({ request: null });
  return request;
}
