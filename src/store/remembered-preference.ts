import { createStore, type StoreApi } from 'zustand/vanilla';

export type PreferenceOptions<T extends string> = {
  /** The localStorage key; the value is stored as it is, a plain string. */
  key: string;
  /** The value when none is remembered, or the remembered one is not a value of the preference. */
  fallback: T;
  /** Whether a stored string (or null, when nothing is stored) is a value of the preference. */
  isValid: (stored: unknown) => stored is T;
  /** Start from this value rather than the remembered one (a view shown in a given language, say). */
  initial?: T | undefined;
};

/** A store whose state changes only through the setter it holds. */
export type PreferenceStore<S> = Pick<StoreApi<S>, 'getState' | 'getInitialState' | 'subscribe'>;

/**
 * A zustand store for a choice remembered in this browser, such as the interface language. It
 * starts from the value kept in localStorage under `key`, or `fallback` when there is none or it
 * is not valid. The setter handed to `toState` changes the value and remembers it; when the
 * browser refuses (storage disabled or full) the store still holds it, so it lasts for this visit.
 * A change remembered in another tab of the app reaches this store through the `storage` event.
 *
 * `toState` names the state: `(delimiter, setDelimiter) => ({ delimiter, setDelimiter })`.
 */
export function createRememberedPreference<T extends string, S extends object>(
  { key, fallback, isValid, initial }: PreferenceOptions<T>,
  toState: (value: T, change: (value: T) => void) => S,
): PreferenceStore<S> {
  const read = (): T => {
    try {
      const stored = localStorage.getItem(key);
      return isValid(stored) ? stored : fallback;
    } catch {
      // Some browsers throw on merely touching localStorage when storage is disabled.
      return fallback;
    }
  };

  return createStore<S>()((set) => {
    const change = (value: T) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        // Not remembered: the state below keeps the value for this visit.
      }
      set(toState(value, change));
    };
    if (typeof window !== 'undefined') {
      // Fired in the other tabs only; a null key means another tab cleared the storage.
      window.addEventListener('storage', (event) => {
        if (event.key === key || event.key === null) set(toState(read(), change));
      });
    }
    return toState(initial ?? read(), change);
  });
}
