import { SAVED_FILTER_KEYS } from "./deal-filters";

/** A saved filter as the deals list uses it: its filters as a sorted query string. */
export type TSavedFilter = { id: string; name: string; query: string };

/** The filter part of a /deals query string: the keys a saved filter keeps, in a fixed order. */
export function toFilterQuery(search: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of SAVED_FILTER_KEYS) {
    const value = search.get(key);
    if (value) kept.set(key, value);
  }
  kept.sort();
  return kept.toString();
}

/** The API keeps a filter as key → value; the list compares and applies query strings. */
export function toFilterRecord(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(toFilterQuery(new URLSearchParams(query))));
}

export function fromFilterRecord(record: Record<string, string>): string {
  return toFilterQuery(new URLSearchParams(record));
}
