"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { readApiError } from "~/lib/api-error";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";

import type { TRecordRef } from "./record-picker";

const retryNetworkOnly = (failures: number, error: unknown) =>
  failures < 2 && readApiError(error).kind === "network";

/**
 * The project's people for the responsible filter: the first page of `employees.directory`
 * (open to every employee; those who can still act, by name). Null while it loads or if it
 * is refused: the filter then offers "my deals" only.
 */
export function useDirectory(): TRecordRef[] | null {
  const trpc = useTRPC();
  const directory = useQuery(
    trpc.employees.directory.queryOptions(
      { limit: 100 },
      { staleTime: 5 * 60_000, retry: retryNetworkOnly },
    ),
  );
  return directory.data?.items.map((person) => ({ id: person.id, name: person.name })) ?? null;
}

/** People matching the typed text (null: the picker is not used yet), for a picker. */
export function usePeopleOptions(text: string | null) {
  const trpc = useTRPC();
  const search = useDebouncedValue(text?.trim() ?? null, 250);
  const people = useQuery(
    trpc.employees.directory.queryOptions(
      { search: search || undefined, limit: 20 },
      {
        enabled: search !== null,
        placeholderData: keepPreviousData,
        staleTime: 60_000,
        retry: retryNetworkOnly,
      },
    ),
  );
  return {
    options: (people.data?.items ?? []).map((person) => ({
      value: person.id,
      label: person.name,
      detail: [person.position, person.department?.name].filter(Boolean).join(" · ") || undefined,
    })),
    loading: people.isFetching,
  };
}
