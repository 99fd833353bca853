import { useSyncExternalStore } from 'react';
import { parseHash, subscribeHash, type HashRoute } from '../lib/hash-route';

const readHash = () => window.location.hash;

/** The route in the address; the shell renders again when it changes. */
export function useHashRoute(): HashRoute {
  return parseHash(useSyncExternalStore(subscribeHash, readHash, () => ''));
}
