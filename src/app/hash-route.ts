import { useSyncExternalStore } from 'react';

/**
 * Hash routes (`#/lan/06?x=1`) so the built app works from any static host, with no server
 * rewrites. The route is read from the address; a link is an ordinary `<a href="#/...">`.
 */
export type HashRoute = { path: string; segments: string[]; params: URLSearchParams };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

export function parseHash(hash: string): HashRoute {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', query = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  return { path: `/${segments.join('/')}`, segments, params: new URLSearchParams(query) };
}

export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, readHash, () => '');
  return parseHash(hash);
}
