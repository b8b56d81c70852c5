"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";

import { useTRPC } from "~/trpc/react";

import { fromFilterRecord, toFilterRecord, type TSavedFilter } from "./saved-filters";

const NONE: TSavedFilter[] = [];

/**
 * The reader's saved deal filters, kept by the API for them alone, so they follow the person
 * to any browser. `save` resolves once stored and rejects with the API's refusal.
 */
export function useSavedFilters() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listOptions = trpc.savedFilters.list.queryOptions({ list: "deals" });
  const list = useQuery(listOptions);
  const refresh = () => queryClient.invalidateQueries({ queryKey: listOptions.queryKey });
  const saveMutation = useMutation(trpc.savedFilters.save.mutationOptions({ onSuccess: refresh }));
  const removeMutation = useMutation(
    trpc.savedFilters.delete.mutationOptions({ onSettled: refresh }),
  );

  const filters = useMemo(
    () =>
      list.data?.map((entry) => ({
        id: entry.id,
        name: entry.name,
        query: fromFilterRecord(entry.query),
      })) ?? NONE,
    [list.data],
  );

  return {
    filters,
    loading: list.isPending,
    failed: list.isError,
    save: (name: string, query: string) =>
      saveMutation.mutateAsync({ list: "deals", name, query: toFilterRecord(query) }),
    remove: (id: string) => removeMutation.mutateAsync({ id }),
  };
}
