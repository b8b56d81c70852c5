"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useState } from "react";

import { RecordDocuments } from "~/components/documents/record-documents";
import { RecordTasks } from "~/components/tasks/shared/record-tasks";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { isNotFoundError, readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { stageOfColumn } from "../shared/board-cache";
import { DealStatusBadge } from "../shared/deal-status-badge";
import { StageMenu } from "../shared/stage-menu";
import { useMoveDeal } from "../shared/use-move-deal";
import { may, type TRights } from "../shared/rights";
import { AssignDialog } from "./assign-dialog";
import { DealActivities } from "./deal-activities";
import { DealEditDialog } from "./deal-edit-dialog";
import { DealProducts } from "./deal-products";
import { DealSummary } from "./deal-summary";
import { StageHistory } from "./stage-history";
import { StagePath } from "./stage-path";

/**
 * A deal's page: where it stands in its pipeline, its money and products, its people and
 * links, and the work on it (activities, tasks, documents). A deal the reader may not see,
 * now or after a change, is the 404 page (SPEC D7).
 */
export function DealDetail({ id, rights }: { id: string; rights: TRights }) {
  const t = useT();
  const trpc = useTRPC();
  const [dialog, setDialog] = useState<"edit" | "assign" | null>(null);
  const deal = useQuery({
    ...trpc.deals.get.queryOptions({ id }),
    retry: (failures, error) => failures < 2 && readApiError(error).kind === "network",
  });
  const pipeline = useQuery({
    ...trpc.deals.board.queryOptions(
      { pipelineId: deal.data?.pipelineId, perStage: 1 },
      { enabled: Boolean(deal.data), staleTime: 5 * 60_000 },
    ),
  });
  const { move, pendingIds, refusal, dismissRefusal } = useMoveDeal();

  if (deal.error && isNotFoundError(deal.error)) notFound();
  if (deal.isPending) return <LoadingBlock label={t("common.loading")} lines={8} />;
  if (deal.isError)
    return (
      <Alert
        tone="error"
        actions={
          <Button variant="secondary" size="sm" onClick={() => void deal.refetch()}>
            {t("common.retry")}
          </Button>
        }
      >
        {t("common.loadFailed")}
      </Alert>
    );

  const data = deal.data;
  const stages = pipeline.data?.columns.map(stageOfColumn) ?? [];
  const moving = pendingIds.has(data.id);
  // A move is an edit of the deal (then judged again in its new stage: stage rights).
  const { can } = data;

  return (
    <article aria-labelledby="deal-heading" className="space-y-6">
      <header className="space-y-3">
        <nav aria-label={t("deals.detail.breadcrumb")}>
          <ol className="flex items-center gap-2 text-sm text-slate-500">
            <li>
              <Link href="/deals" className="hover:text-slate-900 hover:underline">
                {t("deals.title")}
              </Link>
            </li>
            {pipeline.data ? (
              <>
                <li aria-hidden="true">/</li>
                <li>
                  <Link
                    href={`/deals?pipeline=${pipeline.data.pipeline.id}`}
                    className="hover:text-slate-900 hover:underline"
                  >
                    {pipeline.data.pipeline.name}
                  </Link>
                </li>
              </>
            ) : null}
          </ol>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1
                id="deal-heading"
                className="text-2xl font-semibold tracking-tight break-words text-slate-900"
              >
                {data.title}
              </h1>
              <DealStatusBadge status={data.status} />
            </div>
            <p className="text-sm text-slate-600">
              {t("deals.detail.stageLine", {
                stage: data.stage.name,
                probability: data.stage.probability,
              })}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            {can.edit ? (
              <>
                <StageMenu deal={data} stages={stages} onMove={move} look="button" />
                <Button variant="secondary" onClick={() => setDialog("edit")}>
                  {t("common.edit")}
                </Button>
              </>
            ) : null}
            {can.assign ? (
              <Button variant="secondary" onClick={() => setDialog("assign")}>
                {t("deals.assign.open")}
              </Button>
            ) : null}
          </div>
        </div>
        {refusal ? (
          <Alert
            tone="error"
            title={t("deals.move.refusedTitle")}
            actions={
              <Button variant="secondary" size="sm" onClick={dismissRefusal}>
                {t("common.dismiss")}
              </Button>
            }
          >
            {refusal}
          </Alert>
        ) : null}
        {stages.length > 0 ? (
          <StagePath deal={data} stages={stages} onMove={can.edit ? move : null} moving={moving} />
        ) : null}
      </header>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <DealSummary deal={data} />
          <DealProducts deal={data} />
          <DealActivities deal={data} mayLog={may(rights, "activity", "create")} />
          <RecordDocuments
            of={{ dealId: data.id }}
            mayGenerate={may(rights, "document", "create")}
          />
        </div>
        <div className="space-y-6">
          <RecordTasks of={{ dealId: data.id }} />
          <StageHistory history={data.stageHistory} />
        </div>
      </div>

      {dialog === "edit" ? <DealEditDialog deal={data} onClose={() => setDialog(null)} /> : null}
      {dialog === "assign" ? <AssignDialog deal={data} onClose={() => setDialog(null)} /> : null}
    </article>
  );
}
