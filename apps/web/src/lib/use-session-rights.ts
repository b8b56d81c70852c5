"use client";

import { useQuery } from "@tanstack/react-query";

import type { Action, Resource } from "@charter/core/engine";

import { useTRPC } from "~/trpc/react";

/**
 * What the reader may do, as `session.me` says it: for each resource, the actions the engine
 * lets them take on at least some of its records, judged as their next request would be.
 * Pages offer only these; the server still checks every call.
 */
export function useSessionRights() {
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const rights = me.data?.rights;
  return {
    loading: me.isPending,
    error: me.isError ? me.error : null,
    /** `undefined` until known (or when the answer failed). */
    may: (resource: Resource, action: Action): boolean | undefined =>
      rights ? (rights[resource] ?? []).includes(action) : undefined,
  };
}
