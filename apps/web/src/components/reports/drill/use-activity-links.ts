"use client";

import { useQueries } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

/**
 * Where each listed activity leads: its company's card, else its contact's, else its deal.
 * The list behind a figure does not say what an activity hangs on, so each shown activity is
 * read once more (`activities.get`, over the same reach; the calls go out as one batch).
 */
export function useActivityLinks(ids: readonly string[]): Map<string, string | null> {
  const trpc = useTRPC();
  const results = useQueries({
    queries: ids.map((id) => ({ ...trpc.activities.get.queryOptions({ id }), staleTime: 60_000 })),
  });
  const links = new Map<string, string | null>();
  results.forEach((result, index) => {
    const id = ids[index];
    const activity = result.data;
    if (!id || !activity) return;
    links.set(
      id,
      activity.companyId
        ? `/clients/companies/${activity.companyId}`
        : activity.contactId
          ? `/clients/contacts/${activity.contactId}`
          : activity.dealId
            ? `/deals/${activity.dealId}`
            : null,
    );
  });
  return links;
}
