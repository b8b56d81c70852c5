"use client";

import { useId, useState, type DragEvent } from "react";

import { Button } from "~/components/ui/button";
import { useFormatters, useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TBoardColumn, TDeal, TDealApiFilter, TStageRef } from "../shared/deal-types";
import { useMoney } from "../shared/use-money";
import { DealCard } from "./deal-card";
import { useColumnMore } from "./use-column-more";

const OUTCOME_ACCENT = {
  open: "border-t-indigo-400",
  won: "border-t-emerald-500",
  lost: "border-t-rose-400",
} as const;

type TBoardColumnProps = {
  column: TBoardColumn;
  stages: readonly TStageRef[];
  filter: TDealApiFilter;
  dragged: TDeal | null;
  pendingIds: ReadonlySet<string>;
  onMove: (deal: TDeal, to: TStageRef) => void;
  onDragStart: (deal: TDeal) => void;
  onDragEnd: () => void;
};

/** One stage: its count and sums as the server computed them, its cards, and a drop zone. */
export function BoardColumn({
  column,
  stages,
  filter,
  dragged,
  pendingIds,
  onMove,
  onDragStart,
  onDragEnd,
}: TBoardColumnProps) {
  const t = useT();
  const money = useMoney();
  const format = useFormatters();
  const headingId = useId();
  const more = useColumnMore(filter, column);
  const [over, setOver] = useState(false);
  const stage = stages.find((each) => each.id === column.id);
  const accepts = dragged !== null && dragged.stage.id !== column.id;
  const deals = [...column.deals, ...more.extra];

  function handleDragOver(event: DragEvent<HTMLElement>) {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (!over) setOver(true);
  }

  function handleDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(false);
    if (accepts && dragged && stage) onMove(dragged, stage);
  }

  return (
    <section
      aria-labelledby={headingId}
      data-stage-column={column.id}
      onDragOver={handleDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={handleDrop}
      className={cn(
        "flex w-64 shrink-0 flex-col rounded-xl border border-t-4 border-slate-200 bg-slate-100/70 transition-colors",
        OUTCOME_ACCENT[column.outcome],
        accepts && "border-dashed border-slate-300",
        over && "bg-indigo-50 ring-2 ring-indigo-400",
      )}
    >
      <header className="space-y-1 px-3 pt-2.5 pb-2">
        <div className="flex items-center justify-between gap-2">
          <h2 id={headingId} className="truncate text-sm font-semibold text-slate-900">
            {column.name}
          </h2>
          <span
            className="rounded-full bg-white px-2 py-0.5 text-xs font-semibold text-slate-700 tabular-nums ring-1 ring-slate-200"
            title={t("deals.board.countTitle", { count: column.count })}
          >
            <span className="sr-only">{t("deals.board.countLabel")}: </span>
            {format.number(column.count)}
          </span>
        </div>
        <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600">
          <span>{t("deals.stage.probability", { value: column.probability })}</span>
          {column.sums?.map((sum) => (
            <span key={sum.currency} className="font-semibold text-slate-800 tabular-nums">
              {money(sum.amount, sum.currency)}
            </span>
          ))}
        </div>
      </header>
      <ol
        aria-labelledby={headingId}
        className="flex max-h-[calc(100vh-17rem)] min-h-24 flex-col gap-2 overflow-y-auto px-2 pb-2"
      >
        {deals.map((deal) => (
          <DealCard
            key={deal.id}
            deal={deal}
            stages={stages}
            onMove={onMove}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            moving={pendingIds.has(deal.id)}
            dragging={dragged?.id === deal.id}
          />
        ))}
        {deals.length === 0 ? (
          <li className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-500">
            {accepts ? t("deals.board.dropHere") : t("deals.board.emptyColumn")}
          </li>
        ) : null}
      </ol>
      {more.hasMore || more.failed ? (
        <div className="border-t border-slate-200 px-2 py-2">
          {more.failed ? (
            <p role="alert" className="mb-1 text-xs text-red-700">
              {t("common.loadFailed")}
            </p>
          ) : null}
          <Button
            variant="ghost"
            size="sm"
            className="w-full"
            loading={more.loading}
            loadingText={t("common.loadingMore")}
            onClick={more.loadMore}
          >
            {t("deals.board.loadMore", { shown: deals.length, total: column.count })}
            <span className="sr-only">: {column.name}</span>
          </Button>
        </div>
      ) : null}
    </section>
  );
}
