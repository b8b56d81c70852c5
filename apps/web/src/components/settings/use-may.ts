"use client";

import { useQueries, useQuery } from "@tanstack/react-query";

import type { Action, Resource } from "@charter/core/engine";

import { useTRPC } from "~/trpc/react";

/** `true` allowed, `false` refused, `undefined` not known (yet, or the server will not say). */
export type TMay = Partial<Record<Action, boolean>>;

/**
 * Whether the reader may take each action on a settings resource, asked of the engine through
 * `permissions.explain` about themselves. Only readers who may open the explain page get an
 * answer; for everyone else it stays unknown and the actions are offered, the server refusing
 * what it must. Hiding is a courtesy: the server checks every call regardless.
 */
export function useMay(resource: Resource, actions: readonly Action[]): TMay {
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions(undefined, { staleTime: Infinity }));
  const employeeId = me.data?.employee.id;
  const results = useQueries({
    queries: actions.map((action) =>
      trpc.permissions.explain.queryOptions(
        { employeeId: employeeId ?? "", resource, action },
        { enabled: Boolean(employeeId), staleTime: 60_000 },
      ),
    ),
  });
  return Object.fromEntries(
    actions.map((action, index) => [action, results[index]?.data?.allowed]),
  );
}

/** Offer an action unless the server has said no. */
export function offered(may: TMay, action: Action): boolean {
  return may[action] !== false;
}
