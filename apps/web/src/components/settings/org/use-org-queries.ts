"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import { useTRPC } from "~/trpc/react";

const READ = { staleTime: 60_000 } as const;

export function useDepartments() {
  const trpc = useTRPC();
  return useQuery(trpc.org.listDepartments.queryOptions({}, READ));
}

export function useBranches() {
  const trpc = useTRPC();
  return useQuery(trpc.org.listBranches.queryOptions({}, READ));
}

export function useDirections() {
  const trpc = useTRPC();
  return useQuery(trpc.org.listDirections.queryOptions({}, READ));
}

export function useWorkGroups() {
  const trpc = useTRPC();
  return useQuery(trpc.org.listWorkGroups.queryOptions({}, READ));
}

/** After a change: read the org lists again (names and counts show on employees too). */
export function useRefreshOrg() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.org.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.employees.pathKey() }),
      ]),
    [queryClient, trpc],
  );
}
