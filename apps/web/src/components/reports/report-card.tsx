"use client";

import { useId, useState, type ReactNode } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { cn } from "~/lib/cn";

import { ChartSkeleton } from "./chart-skeleton";

export type TReportState = "loading" | "error" | "empty" | "ready";

type TReportCardProps = {
  title: string;
  subtitle: ReactNode;
  /** Beside the title: the legend, a measure to choose. */
  aside?: ReactNode;
  state: TReportState;
  error?: unknown;
  onRetry: () => void;
  empty: string;
  /** Above the chart, e.g. that amounts are hidden from the reader. */
  notice?: ReactNode;
  skeleton: "rows" | "columns";
  /** Figures are being refetched for new filters: the old ones stay, dimmed. */
  refreshing?: boolean;
  chart: ReactNode;
  /**
   * The same figures as a table. Always in the page for screen readers; shown on request,
   * and only then with buttons in it, so a hidden table holds no invisible tab stops.
   */
  table: (interactive: boolean) => ReactNode;
};

/** One report of the dashboard: its title, its states, its chart and its table. */
export function ReportCard({
  title,
  subtitle,
  aside,
  state,
  error,
  onRetry,
  empty,
  notice,
  skeleton,
  refreshing = false,
  chart,
  table,
}: TReportCardProps) {
  const t = useT();
  const titleId = useId();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);

  return (
    <section
      aria-labelledby={titleId}
      className="rounded-xl border border-slate-200 bg-white shadow-xs"
    >
      <header className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3 px-5 pt-4">
        <div>
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <p className="mt-0.5 text-xs text-slate-500">{subtitle}</p>
        </div>
        {state === "ready" ? aside : null}
      </header>
      <div className="px-5 pt-3 pb-4" aria-busy={state === "loading" || refreshing || undefined}>
        {notice ? <div className="mb-3">{notice}</div> : null}
        {state === "loading" ? (
          <ChartSkeleton shape={skeleton} label={t("reports.chart.loading", { title })} />
        ) : state === "error" ? (
          <ReportError error={error} onRetry={onRetry} />
        ) : state === "empty" ? (
          <p className="rounded-lg border border-dashed border-slate-200 px-4 py-10 text-center text-sm text-slate-500">
            {empty}
          </p>
        ) : (
          <div className={cn("transition-opacity", refreshing && "opacity-50")}>{chart}</div>
        )}
      </div>
      {state === "ready" ? (
        <>
          <div className="flex justify-end border-t border-slate-100 px-5 py-2">
            <Button
              variant="ghost"
              size="sm"
              aria-expanded={tableShown}
              aria-controls={tableId}
              onClick={() => setTableShown((shown) => !shown)}
            >
              {tableShown ? t("reports.chart.hideTable") : t("reports.chart.showTable")}
            </Button>
          </div>
          <div id={tableId} className={tableShown ? "px-5 pb-5" : "sr-only"}>
            {table(tableShown)}
          </div>
        </>
      ) : null}
    </section>
  );
}

function ReportError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const read = readApiError(error);
  const message =
    read.kind === "network" || read.kind === "unexpected"
      ? t("common.loadFailed")
      : t(read.messageKey);
  return (
    <Alert
      tone="error"
      actions={
        read.kind === "forbidden" || read.kind === "invalid" ? null : (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )
      }
    >
      {message}
    </Alert>
  );
}
