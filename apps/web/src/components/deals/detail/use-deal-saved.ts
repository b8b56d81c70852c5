"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import { useTRPC } from "~/trpc/react";

import type { TDeal, TDealDetail } from "../shared/deal-types";

/**
 * After a deal was saved: its page takes the answer at once (new version, links), then the
 * page, the board and the lists are read again (lines, history, counts and sums).
 */
export function useDealSaved() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (deal: TDeal) => {
      queryClient.setQueryData<TDealDetail>(trpc.deals.get.queryKey({ id: deal.id }), (detail) =>
        detail ? { ...detail, ...deal } : detail,
      );
      void queryClient.invalidateQueries({ queryKey: trpc.deals.get.queryKey({ id: deal.id }) });
      void queryClient.invalidateQueries({ queryKey: trpc.deals.board.queryKey() });
      void queryClient.invalidateQueries(trpc.deals.list.pathFilter());
      void queryClient.invalidateQueries(trpc.deals.count.pathFilter());
    },
    [trpc, queryClient],
  );
}
