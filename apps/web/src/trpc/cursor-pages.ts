"use client";

import { keepPreviousData, useInfiniteQuery, type QueryKey } from "@tanstack/react-query";

export type TCursorPage<TItem> = { items: TItem[]; nextCursor: string | null };

type TCursorPagesOptions<TPage> = {
  /** `trpc.x.list.infiniteQueryKey(filters)`: `invalidateQueries(trpc.x.list.pathFilter())` reaches it. */
  queryKey: QueryKey;
  /** One page after `cursor` (undefined: the first page), e.g. `client.x.list.query(...)`. */
  fetchPage: (cursor: string | undefined) => Promise<TPage>;
  /** Where the list starts, e.g. a cursor from a shared link. */
  initialCursor?: string | null;
  /** Keep the old rows on screen while new filters load; off where they would mislead. */
  keepPrevious?: boolean;
};

/**
 * A keyset-paged list read a page at a time ("Load more"). tRPC's own infiniteQueryOptions
 * adds a `direction` key to the input, which the API's strict list inputs refuse, so pages
 * are fetched here with exactly the input the procedure names. While the filters change, the
 * previous rows can stay on screen (`isPlaceholderData`) instead of a blank table. A page may
 * carry more than its items (a total, say): `TPage` keeps it.
 */
export function useCursorPages<TItem, TPage extends TCursorPage<TItem> = TCursorPage<TItem>>({
  queryKey,
  fetchPage,
  initialCursor,
  keepPrevious = true,
}: TCursorPagesOptions<TPage>) {
  return useInfiniteQuery({
    queryKey: [...queryKey, { initialCursor: initialCursor ?? null }],
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: initialCursor ?? undefined,
    getNextPageParam: (page: TPage) => page.nextCursor ?? undefined,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}
