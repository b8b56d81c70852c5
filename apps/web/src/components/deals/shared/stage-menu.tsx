"use client";

import { useEffect } from "react";

import { MenuButton } from "~/components/ui/menu-button";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TDeal, TStageRef } from "./deal-types";

type TStageMenuProps = {
  deal: TDeal;
  stages: readonly TStageRef[];
  onMove: (deal: TDeal, to: TStageRef) => void;
  disabled?: boolean;
  /** `icon`: a small "⋯" on a card; `button`: a labelled button on the deal's page. */
  look?: "icon" | "button";
};

// A card moved from its menu is drawn again in its new column (and once more if the move is
// refused): the keyboard follows it there instead of falling back to the page.
let followFocus: { dealId: string; until: number } | null = null;

function focusTrigger(dealId: string) {
  document.querySelector<HTMLElement>(`[data-move-trigger="${CSS.escape(dealId)}"]`)?.focus();
}

/** The keyboard way to move a deal (and the board's alternative to dragging): pick a stage. */
export function StageMenu({ deal, stages, onMove, disabled, look = "icon" }: TStageMenuProps) {
  const t = useT();
  // The icon names its card's deal; the labelled button's visible words are its name.
  const label =
    look === "icon" ? t("deals.move.menuFor", { title: deal.title }) : t("deals.move.menu");
  useEffect(() => {
    if (followFocus?.dealId === deal.id && Date.now() < followFocus.until) focusTrigger(deal.id);
  }, [deal.id]);
  return (
    <MenuButton
      label={label}
      menuTitle={t("deals.move.menu")}
      disabled={disabled || stages.length === 0}
      buttonProps={{ "data-move-trigger": deal.id }}
      buttonClassName={cn(
        look === "icon"
          ? "rounded-md p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 aria-expanded:bg-slate-100 aria-expanded:text-slate-700"
          : "inline-flex items-center gap-2 rounded-md bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50",
        "disabled:cursor-not-allowed disabled:opacity-50",
      )}
      items={stages.map((stage) => ({
        key: stage.id,
        label: stage.name,
        detail: t("deals.stage.probability", { value: stage.probability }),
        checked: stage.id === deal.stage.id,
        disabled: stage.id === deal.stage.id,
        onSelect: () => {
          followFocus = { dealId: deal.id, until: Date.now() + 5000 };
          onMove(deal, stage);
        },
      }))}
    >
      {look === "icon" ? (
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path d="M3 10a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Zm5.5 0a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0ZM15.5 8.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z" />
        </svg>
      ) : (
        <>
          {t("deals.move.menu")}
          <span aria-hidden="true" className="text-slate-400">
            ▾
          </span>
        </>
      )}
    </MenuButton>
  );
}
