import type { QueryClient } from "@tanstack/react-query";

import type { useTRPC } from "~/trpc/react";

type TTRPC = ReturnType<typeof useTRPC>;

// `pathFilter()` reaches every entry of a procedure, paged lists included; `queryKey()` without
// input would match only plain queries and miss the "Load more" lists.

/** After a company was created, changed, handed over or deleted: its lists and counts. */
export async function refreshCompanyLists(queryClient: QueryClient, trpc: TTRPC): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries(trpc.companies.list.pathFilter()),
    queryClient.invalidateQueries(trpc.companies.count.pathFilter()),
  ]);
}

/** After a contact changed or went, or a company went (its contacts lose their link). */
export async function refreshContactLists(queryClient: QueryClient, trpc: TTRPC): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries(trpc.contacts.list.pathFilter()),
    queryClient.invalidateQueries(trpc.contacts.count.pathFilter()),
  ]);
}
