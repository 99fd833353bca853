/** Immutable updates of nested records, shared by every kind of change. */

function without<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Sets `key` to `value`, or removes it when `value` is undefined. */
export function put<V>(record: Readonly<Record<string, V>>, key: string, value: V | undefined): Readonly<Record<string, V>> {
  if (value === undefined) return key in record ? without(record, key) : record;
  return { ...record, [key]: value };
}

/** Sets a value two levels down, dropping the inner record when it empties. */
export function putNested<V>(
  record: Readonly<Record<string, Readonly<Record<string, V>>>>,
  outer: string,
  inner: string,
  value: V | undefined,
): Readonly<Record<string, Readonly<Record<string, V>>>> {
  const next = put(record[outer] ?? {}, inner, value);
  return put(record, outer, Object.keys(next).length === 0 ? undefined : next);
}

/** A blank text removes what was there. */
export const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text);
