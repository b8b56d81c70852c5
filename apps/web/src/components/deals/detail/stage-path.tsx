"use client";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TDeal, TStageRef } from "../shared/deal-types";

type TStagePathProps = {
  deal: TDeal;
  stages: readonly TStageRef[];
  /** Null when the reader may not edit the deal: the path only shows where it stands. */
  onMove: ((deal: TDeal, to: TStageRef) => void) | null;
  /** A move is on its way: the path says so, and a second one waits for it. */
  moving: boolean;
};

function pillClasses(stage: TStageRef, current: boolean, passed: boolean, interactive: boolean) {
  return cn(
    "inline-block rounded-full px-3 py-1 text-xs font-medium whitespace-nowrap transition-colors",
    current && stage.outcome === "won" && "bg-emerald-600 text-white",
    current && stage.outcome === "lost" && "bg-rose-600 text-white",
    current && stage.outcome === "open" && "bg-indigo-600 text-white",
    !current && passed && "bg-indigo-100 text-indigo-800",
    !current && !passed && "bg-slate-100 text-slate-600",
    interactive && !current && (passed ? "hover:bg-indigo-200" : "hover:bg-slate-200"),
  );
}

/** The pipeline's stages in order, the deal's own marked; any other is one click away. */
export function StagePath({ deal, stages, onMove, moving }: TStagePathProps) {
  const t = useT();
  const current = stages.findIndex((stage) => stage.id === deal.stage.id);
  return (
    <nav aria-label={t("deals.detail.stagePath")} aria-busy={moving || undefined}>
      <ol className="flex flex-wrap gap-1.5">
        {stages.map((stage, index) => {
          const isCurrent = index === current;
          const passed = deal.status === "open" && index < current;
          const classes = pillClasses(stage, isCurrent, passed, onMove !== null);
          return (
            <li key={stage.id}>
              {onMove ? (
                <button
                  type="button"
                  // Never disabled: a button that disables under the keyboard drops its focus.
                  aria-disabled={isCurrent || undefined}
                  aria-current={isCurrent ? "step" : undefined}
                  aria-label={
                    isCurrent
                      ? t("deals.detail.currentStage", { stage: stage.name })
                      : t("deals.detail.moveTo", { stage: stage.name })
                  }
                  onClick={() => onMove(deal, stage)}
                  className={cn(classes, "aria-disabled:cursor-default")}
                >
                  {stage.name}
                </button>
              ) : (
                <span aria-current={isCurrent ? "step" : undefined} className={classes}>
                  {stage.name}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
