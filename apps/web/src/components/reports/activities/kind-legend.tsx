"use client";

import { useT } from "~/i18n/i18n-provider";

import { KIND_COLORS } from "../charts/chart-colors";
import type { TActivitiesReport, TOpenFigure } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { ACTIVITY_KINDS, KIND_LABELS } from "./activity-kinds";

/** The kinds with their colour and total; each total opens that kind's activities. */
export function KindLegend({
  totals,
  onOpen,
}: {
  totals: TActivitiesReport["totals"];
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  return (
    <ul className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
      {ACTIVITY_KINDS.map((kind) => {
        const count = totals.byKind[kind];
        const name = t(KIND_LABELS[kind]);
        return (
          <li key={kind}>
            <button
              type="button"
              disabled={count === 0}
              onClick={() => onOpen({ report: "activities", kind })}
              aria-label={t("reports.activities.kindFigure", {
                kind: name,
                count: format.activities(count),
              })}
              className="flex items-center gap-1.5 rounded-md px-2 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:cursor-default disabled:hover:bg-transparent"
            >
              <span
                aria-hidden="true"
                className={`size-2.5 rounded-sm ${KIND_COLORS[kind].swatch}`}
              />
              {name}
              <span className="font-semibold text-slate-900 tabular-nums">
                {format.number(count)}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
