"use client";

import { useQuery } from "@tanstack/react-query";

import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import type { TRecordRef } from "./record-picker";

/**
 * The project's people, for the responsible filter and for assigning a deal. The employee
 * list is a settings read (`settings.employees` view): a rep without it gets null, and the
 * page offers "me" only. The server judges every filter and assignment regardless.
 */
export function useDirectory(): { people: TRecordRef[] | null; loading: boolean } {
  const trpc = useTRPC();
  const directory = useQuery(
    trpc.employees.list.queryOptions(
      { limit: 100 },
      {
        staleTime: 5 * 60_000,
        retry: (failures, error) => failures < 2 && readApiError(error).kind === "network",
      },
    ),
  );
  if (directory.isPending) return { people: null, loading: true };
  if (directory.isError) return { people: null, loading: false };
  return {
    people: directory.data.items.map((employee) => ({ id: employee.id, name: employee.name })),
    loading: false,
  };
}
