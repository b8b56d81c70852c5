"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

/**
 * The reader's open reminders on one task. `reminders.list` cannot filter by task, so the
 * reader's open reminders are read (soonest first, a page at a time) and this task's picked
 * out; "Look further" reads the next page when there is one.
 */
export function useTaskReminders(taskId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useInfiniteQuery({
    queryKey: [...trpc.reminders.list.pathKey(), { openOfMine: true }],
    queryFn: ({ pageParam }) =>
      queryClient.fetchQuery({
        ...trpc.reminders.list.queryOptions({
          view: "mine",
          state: "open",
          cursor: pageParam,
          limit: 100,
        }),
        staleTime: 0,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const reminders = pages.data?.pages
    .flatMap((page) => page.items)
    .filter((reminder) => reminder.taskId === taskId);
  return { pages, reminders };
}
