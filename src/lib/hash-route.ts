/**
 * Hash routes (`#/lan/06?x=1`) so the built app works from any static host, with no server
 * rewrites. The route is read from the address; a link is an ordinary `<a href="#/...">`.
 */
export type HashRoute = { path: string; segments: string[]; params: URLSearchParams };

/** Calls back on every change of the address's hash; returns the unsubscribe. */
export function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function parseHash(hash: string): HashRoute {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', query = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  return { path: `/${segments.join('/')}`, segments, params: new URLSearchParams(query) };
}

/**
 * Changes the query of the current hash route (`#/jamfor?sortera=3`), keeping the path, so a view's
 * state (sorting, chosen counties, a rule variant) lives in the address and a link reopens it.
 * Empty values are removed. `replace` avoids a history entry for every small change.
 */
export function setHashParams(updates: Record<string, string | null>, { replace = true } = {}): void {
  const { path, params } = parseHash(window.location.hash);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  // Commas separate lists (`valda=06,17,24`); they are safe in a fragment, so keep them readable.
  const query = params.toString().replace(/%2C/gi, ',');
  const hash = `#${path}${query === '' ? '' : `?${query}`}`;
  if (replace) {
    window.history.replaceState(null, '', hash);
    // replaceState does not fire hashchange; tell the route hook ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/** A hash route with its query, or without the `?` when the query is empty. */
export function hrefWith(path: string, query: string): string {
  return query === '' ? path : `${path}?${query}`;
}
