"use client";

import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

/** The kinds of record whose built-in fields a role's field rule may limit. */
export type TLimitedResource = "company" | "contact" | "deal";

/**
 * How a role's field rules limit the built-in fields of a kind of record for the reader, as
 * `session.me` says it: a hidden field is never answered (lists leave its column out, filters
 * by it are not offered), a read-only one is shown but not offered for change. The server
 * refuses both anyway.
 */
export function useFieldAccess(resource: TLimitedResource) {
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const hidden = me.data?.hiddenFields[resource] ?? [];
  const readOnly = me.data?.readOnlyFields[resource] ?? [];
  return {
    /** False until `session.me` answered: nothing is known hidden yet. */
    known: me.isSuccess,
    isHidden: (field: string) => hidden.includes(field),
    readOnly,
  };
}
