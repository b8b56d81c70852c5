"use client";

import Link from "next/link";
import type { DragEvent } from "react";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TDeal, TStageRef } from "../shared/deal-types";
import { PersonInitials } from "../shared/person-initials";
import { StageMenu } from "../shared/stage-menu";
import { useMoney } from "../shared/use-money";

type TDealCardProps = {
  deal: TDeal;
  stages: readonly TStageRef[];
  onMove: (deal: TDeal, to: TStageRef) => void;
  onDragStart: (deal: TDeal) => void;
  onDragEnd: () => void;
  moving: boolean;
  dragging: boolean;
};

/**
 * One deal on the board: title (its page), company, amount when the reader may see it, and
 * who is responsible. Dragged to another column, or moved with its "Move to stage" menu.
 */
export function DealCard({
  deal,
  stages,
  onMove,
  onDragStart,
  onDragEnd,
  moving,
  dragging,
}: TDealCardProps) {
  const t = useT();
  const money = useMoney();

  function handleDragStart(event: DragEvent<HTMLLIElement>) {
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", deal.id);
    onDragStart(deal);
  }

  return (
    <li
      data-deal-card={deal.id}
      draggable={!moving}
      onDragStart={handleDragStart}
      onDragEnd={onDragEnd}
      aria-busy={moving || undefined}
      className={cn(
        "group rounded-lg border border-slate-200 bg-white p-3 shadow-xs transition",
        moving
          ? "opacity-70"
          : "cursor-grab hover:border-slate-300 hover:shadow-sm active:cursor-grabbing",
        dragging && "opacity-40 ring-2 ring-indigo-300",
      )}
    >
      <div className="flex items-start gap-2">
        <Link
          href={`/deals/${deal.id}`}
          draggable={false}
          className="line-clamp-2 min-w-0 flex-1 text-sm font-medium text-slate-900 hover:text-indigo-700 hover:underline"
        >
          {deal.title}
        </Link>
        <StageMenu deal={deal} stages={stages} onMove={onMove} />
      </div>
      {deal.company ? (
        <p className="mt-1 flex items-center gap-1 truncate text-xs text-slate-600">
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            fill="currentColor"
            className="size-3 shrink-0 text-slate-400"
          >
            <path d="M3 1.5A1.5 1.5 0 0 1 4.5 0h5A1.5 1.5 0 0 1 11 1.5V6h.5A1.5 1.5 0 0 1 13 7.5V15h1v1H2v-1h1V1.5ZM5 3v1.5h1.5V3H5Zm3 0v1.5h1.5V3H8ZM5 6v1.5h1.5V6H5Zm3 0v1.5h1.5V6H8ZM5 9v1.5h1.5V9H5Zm3 0v1.5h1.5V9H8Zm1 3.5V15h2v-2.5H9Z" />
          </svg>
          <span className="sr-only">{t("deals.field.company")}: </span>
          <span className="truncate">{deal.company.name}</span>
        </p>
      ) : null}
      <div className="mt-2 flex items-center justify-between gap-2">
        {deal.amount !== undefined ? (
          <p className="text-sm font-semibold text-slate-900 tabular-nums">
            <span className="sr-only">{t("deals.field.amount")}: </span>
            {money(deal.amount, deal.currency)}
          </p>
        ) : (
          <span />
        )}
        <p className="flex min-w-0 items-center gap-1.5 text-xs text-slate-600">
          <PersonInitials name={deal.responsible.name} />
          <span className="sr-only">{t("deals.field.responsible")}: </span>
          <span className="truncate">{deal.responsible.name}</span>
        </p>
      </div>
    </li>
  );
}
