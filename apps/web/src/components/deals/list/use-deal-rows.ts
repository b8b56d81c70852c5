"use client";

import { keepPreviousData, skipToken, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";

import type { TSort } from "~/components/ui/data-table";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TDealApiFilter } from "../shared/deal-types";
import { toApiDealSort, type TDealSortKey } from "./deal-filters";

const PAGE_SIZE = 50;

/**
 * The deals of the list a page at a time, in the order chosen (newest change first without
 * one): the API sorts and pages them, so the order holds across every page however many deals
 * match. A new order or filter starts again from the first page.
 */
export function useDealRows(filter: TDealApiFilter | null, sort: TSort<TDealSortKey> | null) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = filter
    ? { ...filter, ...(sort ? { sort: toApiDealSort(sort) } : {}), limit: PAGE_SIZE }
    : null;
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
  const rows = useMemo(() => pages.data?.pages.flatMap((page) => page.items), [pages.data]);

  return { pages, rows, total: count.data?.count };
}
