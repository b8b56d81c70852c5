"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TBoardColumn, TDeal, TDealApiFilter } from "../shared/deal-types";

const PAGE_SIZE = 20;

/**
 * A column's deals past the board's first ones, read with `deals.list` from the column's
 * cursor under the board's filters (as the API's board documents). Nothing is read until the
 * reader asks for more; deals that have since left the column or already show are dropped.
 */
export function useColumnMore(filter: TDealApiFilter, column: TBoardColumn) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  // The cursor the reader started from: the board's own cursor moves whenever it is read again.
  const [start, setStart] = useState<string | null>(null);
  const input = { ...filter, stageId: column.id, limit: PAGE_SIZE };
  const more = useInfiniteQuery({
    queryKey: [...trpc.deals.list.infiniteQueryKey(input), { start }],
    queryFn: ({ pageParam }) => client.deals.list.query({ ...input, cursor: pageParam }),
    initialPageParam: start ?? undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: start !== null,
  });

  const shown = new Set(column.deals.map((deal) => deal.id));
  const extra: TDeal[] = (more.data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((deal) => deal.stage.id === column.id && !shown.has(deal.id));

  const hasMore = start === null ? column.nextCursor !== null : more.hasNextPage;

  function loadMore() {
    if (start === null) setStart(column.nextCursor);
    else void more.fetchNextPage();
  }

  return {
    extra,
    hasMore,
    loading: more.isFetching,
    failed: more.isError,
    loadMore,
  };
}
