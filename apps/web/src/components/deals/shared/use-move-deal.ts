"use client";

import { hashKey, useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import { moveDealOnBoard, replaceBoardDeal } from "./board-cache";
import type { TBoard, TDeal, TDealDetail, TStageRef } from "./deal-types";
import { explainMoveRefusal } from "./move-refusal";

type TMove = { deal: TDeal; to: TStageRef };
type TPages = { pages: { items: TDeal[]; nextCursor: string | null }[]; pageParams: unknown[] };
type TSnapshot = [QueryKey, unknown][];

function withDealInPages(data: TPages | undefined, deal: TDeal): TPages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === deal.id ? deal : item)),
    })),
  };
}

/**
 * Moves a deal to another stage the way a rep expects on a board: at once on every board,
 * list and deal page on screen, then confirmed by the server or put back with the server's
 * reason (a stage right, a newer version, a deal gone from reach). The server's answer, its
 * counts and sums, and the tasks the stage's chain made are read again afterwards.
 */
export function useMoveDeal(options: { actingBoardKey?: QueryKey } = {}) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(new Set());
  const actingHash = options.actingBoardKey ? hashKey(options.actingBoardKey) : null;

  const boards = { queryKey: trpc.deals.board.queryKey() };
  const lists = { queryKey: trpc.deals.list.infiniteQueryKey() };

  const mutation = useMutation({
    mutationFn: ({ deal, to }: TMove) =>
      client.deals.moveStage.mutate({ id: deal.id, version: deal.version, stageId: to.id }),
    onMutate: async ({ deal, to }: TMove) => {
      setRefusal(null);
      setPendingIds((current) => new Set(current).add(deal.id));
      const detailKey = trpc.deals.get.queryKey({ id: deal.id });
      await Promise.all([
        queryClient.cancelQueries(boards),
        queryClient.cancelQueries(lists),
        queryClient.cancelQueries({ queryKey: detailKey }),
      ]);
      const snapshot: TSnapshot = [
        ...queryClient.getQueriesData(boards),
        ...queryClient.getQueriesData(lists),
        ...queryClient.getQueriesData({ queryKey: detailKey }),
      ];
      const moved: TDeal = { ...deal, stage: to, status: to.outcome };
      for (const [key, board] of queryClient.getQueriesData<TBoard>(boards)) {
        if (!board) continue;
        const inColumn = hashKey(key) === actingHash;
        queryClient.setQueryData(key, moveDealOnBoard(board, deal, to.id, { inColumn }));
      }
      queryClient.setQueriesData<TPages>(lists, (data) => withDealInPages(data, moved));
      queryClient.setQueryData<TDealDetail>(detailKey, (detail) =>
        detail ? { ...detail, stage: to, status: to.outcome } : detail,
      );
      return { snapshot };
    },
    onError: (error, { deal, to }, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      setRefusal(
        explainMoveRefusal(t, readApiError(error), {
          title: deal.title,
          from: deal.stage.name,
          to: to.name,
        }),
      );
    },
    onSuccess: ({ deal, tasks }) => {
      for (const [key, board] of queryClient.getQueriesData<TBoard>(boards)) {
        if (board) queryClient.setQueryData(key, replaceBoardDeal(board, deal));
      }
      queryClient.setQueriesData<TPages>(lists, (data) => withDealInPages(data, deal));
      queryClient.setQueryData<TDealDetail>(trpc.deals.get.queryKey({ id: deal.id }), (detail) =>
        detail ? { ...detail, ...deal } : detail,
      );
      const moved = t("deals.move.done", { title: deal.title, stage: deal.stage.name });
      toast(
        tasks.length > 0
          ? `${moved} ${t("deals.move.tasksFired", { count: tasks.length })}`
          : moved,
        "success",
      );
    },
    onSettled: (_data, _error, { deal }) => {
      setPendingIds((current) => {
        const next = new Set(current);
        next.delete(deal.id);
        return next;
      });
      void queryClient.invalidateQueries(boards);
      void queryClient.invalidateQueries(trpc.deals.list.pathFilter());
      void queryClient.invalidateQueries(trpc.deals.count.pathFilter());
      void queryClient.invalidateQueries({ queryKey: trpc.deals.get.queryKey({ id: deal.id }) });
      void queryClient.invalidateQueries(trpc.tasks.list.pathFilter());
    },
  });

  /** Moves unless the deal is already there or already on its way somewhere. */
  function move(deal: TDeal, to: TStageRef) {
    if (deal.stage.id === to.id || pendingIds.has(deal.id)) return;
    mutation.mutate({ deal, to });
  }

  return { move, pendingIds, refusal, dismissRefusal: () => setRefusal(null) };
}
