"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import type { TTaskPerson } from "./task-types";

const FINAL_KINDS = new Set(["forbidden", "not-found", "unauthenticated", "invalid"]);

/** Try a read again only when another try could help (not a refusal or bad input). */
export function retryUnlessFinal(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && !FINAL_KINDS.has(readApiError(error).kind);
}

/**
 * Whom the reader may pick as assignee and participants: the project's employee directory
 * (`employees.directory`, open to every employee for pickers). Should it be refused, the
 * reader sets tasks for themselves only and the form says so. The server judges every save.
 */
export type TPeopleAccess = "loading" | "directory" | "self-only";

export function usePeopleAccess(): { access: TPeopleAccess; me: TTaskPerson | null } {
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const probe = useQuery(
    trpc.employees.directory.queryOptions(
      { limit: 20 },
      { retry: retryUnlessFinal, staleTime: 30_000 },
    ),
  );
  const access: TPeopleAccess = probe.isPending
    ? "loading"
    : probe.isError && readApiError(probe.error).kind === "forbidden"
      ? "self-only"
      : "directory";
  const employee = me.data?.employee;
  return { access, me: employee ? { id: employee.id, name: employee.name } : null };
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Employees matching what the reader types (the API searches names, positions and departments). */
export function useEmployeeSearch(text: string, enabled: boolean) {
  const trpc = useTRPC();
  const search = useDebounced(text.trim(), 250);
  return useQuery(
    trpc.employees.directory.queryOptions(
      { search: search || undefined, limit: 20 },
      { enabled, retry: retryUnlessFinal, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
}
