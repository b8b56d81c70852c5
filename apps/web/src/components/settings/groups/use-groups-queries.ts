"use client";

import { useQuery } from "@tanstack/react-query";

import type { RouterOutputs } from "@charter/api";

import { useTRPC } from "~/trpc/react";

export type TGroupSummary = RouterOutputs["groups"]["list"][number];
export type TGroup = RouterOutputs["groups"]["get"];

export function useGroups() {
  const trpc = useTRPC();
  return useQuery(trpc.groups.list.queryOptions({}, { staleTime: 60_000 }));
}

export function useGroup(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.groups.get.queryOptions({ id }));
}
