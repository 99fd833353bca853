/**
 * A new unique id. `crypto.randomUUID` is there only in a secure context (https or localhost);
 * elsewhere the time and a random number are unique enough for one person's entries.
 */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
