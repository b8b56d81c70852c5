"use client";

import { keepPreviousData, skipToken, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";

import type { TSort } from "~/components/ui/data-table";
import { useLocale } from "~/i18n/i18n-provider";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TDealApiFilter } from "../shared/deal-types";
import type { TDealSortKey } from "./deal-filters";
import { sortDeals } from "./sort-deals";

const PAGE_SIZE = 50;
/** The most deals the browser reads to sort them itself (the API has one order only). */
export const SORT_LIMIT = 500;

/**
 * The deals of the list a page at a time, newest change first (the API's order). With a sort
 * chosen, every matching deal is read (up to SORT_LIMIT) and sorted here, so the order is
 * true for the whole list and not just the rows on screen.
 */
export function useDealRows(filter: TDealApiFilter | null, sort: TSort<TDealSortKey> | null) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const locale = useLocale();
  const input = filter ? { ...filter, limit: PAGE_SIZE } : null;
  const pages = useInfiniteQuery({
    queryKey: [...trpc.deals.list.infiniteQueryKey(input ?? undefined)],
    queryFn: input
      ? ({ pageParam }: { pageParam: string | undefined }) =>
          client.deals.list.query({ ...input, cursor: pageParam })
      : skipToken,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const count = useQuery({
    ...trpc.deals.count.queryOptions(filter ?? skipToken),
    placeholderData: keepPreviousData,
  });

  const total = count.data?.count;
  const sortable = total !== undefined && total <= SORT_LIMIT;
  const sorting = sort !== null && sortable;
  const { hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage } = pages;
  const readingAll = sorting && hasNextPage;

  useEffect(() => {
    if (readingAll && !isFetchingNextPage && !isPlaceholderData) void fetchNextPage();
  }, [readingAll, isFetchingNextPage, isPlaceholderData, fetchNextPage]);

  const rows = useMemo(() => {
    const items = pages.data?.pages.flatMap((page) => page.items);
    if (!items || !sorting || readingAll || !sort) return items;
    return sortDeals(items, sort, locale);
  }, [pages.data, sorting, readingAll, sort, locale]);

  return { pages, count, rows, total, sortable, readingAll };
}
