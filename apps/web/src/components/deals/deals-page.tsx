"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useUrlParams } from "~/lib/use-url-params";
import { useTRPC } from "~/trpc/react";

import { BoardSkeleton } from "./board/board-skeleton";
import { boardInputFor } from "./board-input";
import { BoardSummary } from "./board/board-summary";
import { DealBoard } from "./board/deal-board";
import { DealsNav } from "./deals-nav";
import { DealCreateDialog } from "./detail/deal-create-dialog";
import {
  DEAL_URL_KEYS,
  readDealParams,
  toDealApiFilter,
  toDealUrlPatch,
  type TDealParams,
} from "./list/deal-filters";
import { DealList } from "./list/deal-list";
import { DealToolbar } from "./list/deal-toolbar";
import { stageOfColumn } from "./shared/board-cache";
import { may, type TRights } from "./shared/rights";

/**
 * /deals: the board of one pipeline (the default) or the list (`?view=list`), both filtered
 * by what the URL says, so a view can be shared and back/forward retrace the reader's steps.
 */
export function DealsPage({
  myEmployeeId,
  rights,
  hiddenDealFields,
}: {
  myEmployeeId: string;
  rights: TRights;
  /** Deal fields a field rule hides from the reader (`session.me`). */
  hiddenDealFields: readonly string[];
}) {
  const t = useT();
  const trpc = useTRPC();
  const [raw, setRaw] = useUrlParams(DEAL_URL_KEYS);
  const params = useMemo(() => readDealParams(raw), [raw]);
  const [creating, setCreating] = useState(false);
  const isBoard = params.view === "board";
  const filter = toDealApiFilter(params, myEmployeeId, { withStage: !isBoard });

  const boardInput = boardInputFor(params, myEmployeeId);
  const board = useQuery({
    ...trpc.deals.board.queryOptions(boardInput ?? skipToken),
    placeholderData: keepPreviousData,
    retry: (failures, error) => failures < 2 && readApiError(error).kind === "network",
  });

  const change = (patch: Partial<TDealParams>, history: "push" | "replace" = "push") =>
    setRaw(toDealUrlPatch(patch), { history });

  const stages = board.data?.columns.map(stageOfColumn) ?? [];
  const pipelineMissing = board.isError && readApiError(board.error).kind === "not-found";

  return (
    <section aria-labelledby="deals-heading" className="space-y-5">
      <DealsNav
        current={params.view}
        title={t("deals.title")}
        intro={t("deals.intro")}
        actions={
          may(rights, "deal", "create") ? (
            <Button onClick={() => setCreating(true)}>{t("deals.create.open")}</Button>
          ) : undefined
        }
      />
      <DealToolbar
        params={params}
        onChange={change}
        pipelines={board.data?.pipelines ?? []}
        pipelineId={isBoard ? (board.data?.pipeline.id ?? params.pipelineId) : params.pipelineId}
        stages={isBoard ? null : params.pipelineId ? stages : []}
      />
      {pipelineMissing ? (
        <Alert
          tone="warning"
          actions={
            <Button
              variant="secondary"
              size="sm"
              onClick={() => change({ pipelineId: null, stageId: null })}
            >
              {t("deals.pipelineMissing.action")}
            </Button>
          }
        >
          {t("deals.pipelineMissing.body")}
        </Alert>
      ) : isBoard ? (
        board.isError ? (
          <Alert
            tone="error"
            actions={
              <Button variant="secondary" size="sm" onClick={() => void board.refetch()}>
                {t("common.retry")}
              </Button>
            }
          >
            {t(
              readApiError(board.error).kind === "forbidden"
                ? "deals.noAccess"
                : "common.loadFailed",
            )}
          </Alert>
        ) : board.data && filter ? (
          <div className="space-y-3">
            <BoardSummary board={board.data} />
            <DealBoard
              board={board.data}
              boardKey={trpc.deals.board.queryKey(boardInput ?? undefined)}
              filter={filter}
              stale={board.isPlaceholderData}
            />
          </div>
        ) : (
          <BoardSkeleton label={t("common.loading")} />
        )
      ) : (
        <DealList
          params={params}
          filter={filter}
          onChange={change}
          hiddenFields={hiddenDealFields}
        />
      )}
      {creating ? (
        <DealCreateDialog
          onClose={() => setCreating(false)}
          pipelineId={board.data?.pipeline.id ?? null}
          stages={stages}
          currency={board.data?.columns.flatMap((column) => column.sums ?? [])[0]?.currency ?? null}
        />
      ) : null}
    </section>
  );
}
