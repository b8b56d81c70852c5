"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import type { RouterOutputs } from "@charter/api";

import { useTRPC } from "~/trpc/react";

export type TCardKind = "company" | "contact" | "object";
export type TRecordType = RouterOutputs["fields"]["listTypes"][number];
export type TSection = RouterOutputs["fields"]["listSections"][number];
export type TField = TSection["fields"][number];
export type TFieldType = TField["type"];

const READ = { staleTime: 60_000 } as const;

export function useRecordTypes() {
  const trpc = useTRPC();
  // Every kind at once: the same read that tells the navigation this area is open.
  return useQuery(trpc.fields.listTypes.queryOptions({}, READ));
}

export function useSections(kind: TCardKind) {
  const trpc = useTRPC();
  return useQuery(trpc.fields.listSections.queryOptions({ kind }, READ));
}

/** After a change: types, sections and fields are read again (cards elsewhere show them too). */
export function useRefreshFields() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.fields.pathKey() }),
    [queryClient, trpc],
  );
}
