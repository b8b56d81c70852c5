"use client";

import {
  keepPreviousData,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

import type { TApiTaskFilter } from "./task-filters";

const PAGE_SIZE = 50;

/**
 * The task list a page at a time ("Load more" with the API's keyset cursor), and its count.
 * The pages sit under the `tasks.list` key, so invalidating or patching the tasks lists
 * reaches them. Each page is fetched with exactly the input the procedure names (tRPC's
 * infinite options would add a key its strict input refuses). Null asks nothing.
 */
export function useTaskPages(filter: TApiTaskFilter | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useInfiniteQuery({
    queryKey: [...trpc.tasks.list.pathKey(), { pages: filter }],
    queryFn: ({ pageParam }) =>
      queryClient.fetchQuery({
        ...trpc.tasks.list.queryOptions({
          filter: filter ?? undefined,
          cursor: pageParam,
          limit: PAGE_SIZE,
        }),
        staleTime: 0,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: filter !== null,
  });
  const count = useQuery({
    ...trpc.tasks.count.queryOptions({ filter: filter ?? undefined }),
    placeholderData: keepPreviousData,
    enabled: filter !== null,
  });
  return { pages, count };
}
