/** Query-string values a list keeps: absent and empty both mean "not set". */
export type TUrlParams<K extends string> = Record<K, string | null>;

export function readUrlParams<K extends string>(
  search: URLSearchParams,
  keys: readonly K[],
): TUrlParams<K> {
  return Object.fromEntries(keys.map((key) => [key, search.get(key) || null])) as TUrlParams<K>;
}

/**
 * The query string after a change. Any change to a filter drops `cursor`: a keyset cursor
 * belongs to the filters it was read under. Keys the list does not manage are kept.
 */
export function mergeUrlParams(
  current: URLSearchParams,
  patch: Record<string, string | null | undefined>,
): string {
  const next = new URLSearchParams(current);
  const touchesFilters = Object.keys(patch).some(
    (key) => key !== "cursor" && (patch[key] || null) !== (current.get(key) || null),
  );
  if (touchesFilters) next.delete("cursor");
  for (const [key, value] of Object.entries(patch)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  next.sort();
  return next.toString();
}
