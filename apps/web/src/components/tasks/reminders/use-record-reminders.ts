"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

/** A record reminders hang on: a task, or a client card's company or contact, or a deal. */
export type TReminderRecordRef =
  { taskId: string } | { companyId: string } | { contactId: string } | { dealId: string };

/**
 * The reader's open reminders on one record, soonest first, a page at a time. The key sits
 * under `reminders.list`, so every reminder change (the pop-up's too) refreshes it.
 */
export function useRecordReminders(of: TReminderRecordRef) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useInfiniteQuery({
    queryKey: [...trpc.reminders.list.pathKey(), { openOfMine: true, of }],
    queryFn: ({ pageParam }) =>
      queryClient.fetchQuery({
        ...trpc.reminders.list.queryOptions({
          view: "mine",
          state: "open",
          ...of,
          cursor: pageParam,
          limit: 50,
        }),
        staleTime: 0,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const reminders = pages.data?.pages.flatMap((page) => page.items);
  return { pages, reminders };
}
