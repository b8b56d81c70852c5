"use client";

import { useQueries } from "@tanstack/react-query";

import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import type { TSettingsAreaKey } from "./settings-areas";

export type TAreaAccess = "loading" | "allowed" | "forbidden" | "failed";

function accessOf(query: { isPending: boolean; isError: boolean; error: unknown }): TAreaAccess {
  if (query.isError) return readApiError(query.error).kind === "forbidden" ? "forbidden" : "failed";
  return query.isPending ? "loading" : "allowed";
}

/**
 * Which settings areas the reader may open, asked of the server: `session.me` does not say
 * what a person may do, so each area's own first read is made, and an area whose read is
 * refused (FORBIDDEN) is not offered. The reads are the ones the pages make themselves
 * (same inputs, same cache), so opening an area costs nothing more. The server still refuses
 * every call on its own; this only keeps the navigation honest.
 */
export function useSettingsAccess(): Record<TSettingsAreaKey, TAreaAccess> {
  const trpc = useTRPC();
  const options = { staleTime: 60_000 };
  const [organisation, employees, security, roles, groups, fields, audit] = useQueries({
    queries: [
      trpc.org.listDepartments.queryOptions({}, options),
      trpc.employees.list.queryOptions({ limit: 1 }, options),
      trpc.security.listIpRanges.queryOptions({}, options),
      trpc.roles.list.queryOptions({}, options),
      trpc.groups.list.queryOptions({}, options),
      trpc.fields.listTypes.queryOptions({}, options),
      trpc.audit.list.queryOptions({ limit: 1 }, options),
    ],
  });
  return {
    // Everyone reads the profile (its name heads every page); it is a settings area for
    // those who look after the organisation.
    project: accessOf(organisation),
    organisation: accessOf(organisation),
    employees: accessOf(employees),
    security: accessOf(security),
    roles: accessOf(roles),
    groups: accessOf(groups),
    fields: accessOf(fields),
    audit: accessOf(audit),
    // Explaining needs `settings.roles` view, as reading roles does.
    explain: accessOf(roles),
  };
}
