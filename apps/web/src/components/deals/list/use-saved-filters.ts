"use client";

import { useCallback, useSyncExternalStore } from "react";

import {
  readSavedFilters,
  removeSavedFilter,
  saveFilter,
  savedFiltersKey,
  type TSavedFilter,
} from "./saved-filters";

const NONE: TSavedFilter[] = [];
const listeners = new Set<() => void>();
let cache: { raw: string | null; filters: TSavedFilter[] } = { raw: null, filters: NONE };

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function notify() {
  listeners.forEach((listener) => listener());
}

// Not crypto.randomUUID: it exists only on https and localhost, and Charter runs on LANs too.
function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function snapshot(employeeId: string | null): TSavedFilter[] {
  if (!employeeId) return NONE;
  const raw = window.localStorage.getItem(savedFiltersKey(employeeId));
  // The same stored text gives the same array, as useSyncExternalStore needs.
  if (raw !== cache.raw)
    cache = { raw, filters: readSavedFilters(window.localStorage, employeeId) };
  return cache.filters;
}

/**
 * The reader's saved deal filters in this browser (another tab's changes arrive through the
 * storage event). None until the reader's employee is known, and none on the server.
 */
export function useSavedFilters(employeeId: string | null) {
  const filters = useSyncExternalStore(
    subscribe,
    () => snapshot(employeeId),
    () => NONE,
  );
  const save = useCallback(
    (name: string, query: string) => {
      if (!employeeId) return;
      saveFilter(window.localStorage, employeeId, { id: newId(), name, query });
      notify();
    },
    [employeeId],
  );

  const remove = useCallback(
    (id: string) => {
      if (!employeeId) return;
      removeSavedFilter(window.localStorage, employeeId, id);
      notify();
    },
    [employeeId],
  );

  return { filters, save, remove };
}
