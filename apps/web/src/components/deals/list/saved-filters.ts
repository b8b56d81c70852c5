import { SAVED_FILTER_KEYS } from "./deal-filters";

// Saved deal filters, kept in this browser per employee until the API stores them (the
// schema has a SavedFilter model, but no procedure reads or writes it yet).

export type TSavedFilter = { id: string; name: string; query: string };
export type TFilterStorage = Pick<Storage, "getItem" | "setItem">;

const MAX_SAVED = 30;

/** One list per employee (an employee belongs to one project), so people never share one. */
export function savedFiltersKey(employeeId: string): string {
  return `charter.deals.savedFilters.v1.${employeeId}`;
}

function isSavedFilter(value: unknown): value is TSavedFilter {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === "string" &&
    typeof entry.name === "string" &&
    typeof entry.query === "string"
  );
}

export function readSavedFilters(storage: TFilterStorage, employeeId: string): TSavedFilter[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(savedFiltersKey(employeeId)) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isSavedFilter) : [];
  } catch {
    // Someone edited the stored value by hand: start again rather than break the page.
    return [];
  }
}

function write(storage: TFilterStorage, employeeId: string, filters: TSavedFilter[]) {
  storage.setItem(savedFiltersKey(employeeId), JSON.stringify(filters));
  return filters;
}

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

/** Saves under a name; the same name (in any case) is replaced, and it moves to the top. */
export function saveFilter(
  storage: TFilterStorage,
  employeeId: string,
  entry: TSavedFilter,
): TSavedFilter[] {
  const name = entry.name.trim();
  const others = readSavedFilters(storage, employeeId).filter(
    (saved) => saved.name.toLocaleLowerCase() !== name.toLocaleLowerCase(),
  );
  return write(storage, employeeId, [{ ...entry, name }, ...others].slice(0, MAX_SAVED));
}

export function removeSavedFilter(
  storage: TFilterStorage,
  employeeId: string,
  id: string,
): TSavedFilter[] {
  const kept = readSavedFilters(storage, employeeId).filter((saved) => saved.id !== id);
  return write(storage, employeeId, kept);
}
