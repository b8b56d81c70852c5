"use client";

import { useInfiniteQuery, type QueryKey } from "@tanstack/react-query";

/**
 * The records behind a figure, a page at a time, each page keeping what the API sends with
 * it (the total, whether amounts are hidden). Fetched with the procedure's exact input: tRPC's
 * own infinite options add a key its strict inputs refuse (see apps/web/README.md).
 */
export function useFigurePages<TPage extends { nextCursor: string | null }>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<TPage>,
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: TPage) => page.nextCursor ?? undefined,
  });
}
