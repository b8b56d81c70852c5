"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import type { RouterOutputs } from "@charter/api";

import { useTRPC } from "~/trpc/react";

export type TRoleSummary = RouterOutputs["roles"]["list"][number];
export type TRole = RouterOutputs["roles"]["get"];
export type TRoleHolder = RouterOutputs["roles"]["holders"]["items"][number];

export function useRoles() {
  const trpc = useTRPC();
  return useQuery(trpc.roles.list.queryOptions({}, { staleTime: 60_000 }));
}

export function useRole(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.roles.get.queryOptions({ id }));
}

/** After a change to roles, groups or overrides: every reader of them reads again. */
export function useRefreshAccess() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.roles.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.groups.pathKey() }),
        // A changed right changes what explain answers, and which actions pages offer.
        queryClient.invalidateQueries({ queryKey: trpc.permissions.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.session.me.queryKey() }),
      ]),
    [queryClient, trpc],
  );
}
