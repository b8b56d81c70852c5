"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import { useTRPC } from "~/trpc/react";

/** After a change to an employee: the list and the page read it again. */
export function useRefreshEmployees() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.employees.pathKey() }),
    [queryClient, trpc],
  );
}
