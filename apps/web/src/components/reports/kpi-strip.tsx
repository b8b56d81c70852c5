"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { Skeleton } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";
import { useTRPC } from "~/trpc/react";

import type { TActivityReportFilters, TDealReportFilters } from "./report-params";
import { useReportFormat } from "./use-report-format";

type TFigure = { currency: string; count: number; amount: string | null };

/**
 * The headline figures over the charts. They come from the charts' own queries (the same
 * keys, so nothing is asked twice), and money is never added across currencies.
 */
export function KpiStrip({
  filters,
  activityFilters,
}: {
  filters: TDealReportFilters;
  activityFilters: TActivityReportFilters;
}) {
  const t = useT();
  const format = useReportFormat();
  const trpc = useTRPC();
  const options = { placeholderData: keepPreviousData } as const;
  const pipeline = useQuery({ ...trpc.reports.pipelineValue.queryOptions(filters), ...options });
  const wonLost = useQuery({ ...trpc.reports.wonLost.queryOptions(filters), ...options });
  const activities = useQuery({
    ...trpc.reports.activities.queryOptions(activityFilters),
    ...options,
  });

  const money = <F extends TFigure>(figures: readonly F[], pick: (figure: F) => string | null) =>
    figures.length === 0
      ? format.number(0)
      : figures.map((figure) => (
          <span key={figure.currency} className="block">
            {format.compactMoney(pick(figure) ?? "0", figure.currency)}
          </span>
        ));

  const pipelineData = pipeline.data;
  const wonLostData = wonLost.data;
  const won = wonLostData?.totals.won;
  // Without a period the won/lost report covers the last twelve months; the tile says so.
  const periodSet = Boolean(filters.from || filters.to);
  const closed = wonLostData ? wonLostData.totals.won.count + wonLostData.totals.lost.count : 0;

  return (
    <section aria-label={t("reports.kpi.label")}>
      <dl
        className={cn(
          "grid grid-cols-2 gap-3",
          pipelineData?.amountHidden ? "lg:grid-cols-4" : "lg:grid-cols-5",
        )}
      >
        <Tile label={t("reports.kpi.openPipeline")} query={pipeline}>
          {pipelineData
            ? {
                value: pipelineData.amountHidden
                  ? format.number(pipelineData.totals.count)
                  : money(pipelineData.totals.byCurrency, (figure) => figure.amount),
                detail: pipelineData.amountHidden
                  ? t("reports.kpi.openDealsHidden")
                  : format.deals(pipelineData.totals.count),
              }
            : null}
        </Tile>
        {pipelineData?.amountHidden ? null : (
          <Tile label={t("reports.kpi.weighted")} query={pipeline}>
            {pipelineData
              ? {
                  value: money(pipelineData.totals.byCurrency, (figure) => figure.weighted),
                  detail: t("reports.kpi.weightedDetail"),
                }
              : null}
          </Tile>
        )}
        <Tile label={t("reports.kpi.won")} query={wonLost}>
          {wonLostData && won
            ? {
                value: wonLostData.amountHidden
                  ? format.number(won.count)
                  : money(won.byCurrency, (figure) => figure.amount),
                detail: wonLostData.amountHidden
                  ? t("reports.kpi.wonHidden")
                  : periodSet
                    ? format.deals(won.count)
                    : t("reports.kpi.wonLast12Months", { count: format.deals(won.count) }),
              }
            : null}
        </Tile>
        <Tile label={t("reports.kpi.winRate")} query={wonLost}>
          {wonLostData && won
            ? {
                value: format.percent(closed > 0 ? won.count / closed : null),
                detail: t("reports.kpi.winRateDetail", {
                  won: format.number(won.count),
                  closed: format.number(closed),
                }),
              }
            : null}
        </Tile>
        <Tile label={t("reports.kpi.activities")} query={activities}>
          {activities.data
            ? {
                value: format.number(activities.data.totals.total),
                detail: t("reports.kpi.activitiesDetail", {
                  calls: format.number(activities.data.totals.byKind.call),
                  meetings: format.number(activities.data.totals.byKind.meeting),
                }),
              }
            : null}
        </Tile>
      </dl>
    </section>
  );
}

function Tile({
  label,
  query,
  children,
}: {
  label: string;
  /** The report the figure comes from: its failure is told in its own card, here a dash. */
  query: { isError: boolean };
  children: { value: ReactNode; detail: ReactNode } | null;
}) {
  const t = useT();
  return (
    <div className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-xs">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      {query.isError ? (
        <dd className="mt-1 text-xl font-semibold text-slate-400">{t("common.none")}</dd>
      ) : !children ? (
        <dd className="mt-2 space-y-2">
          <Skeleton className="h-6 w-24" />
          <Skeleton className="h-3 w-16" />
        </dd>
      ) : (
        <>
          <dd className="mt-1 text-xl font-semibold tracking-tight text-slate-900 tabular-nums">
            {children.value}
          </dd>
          <dd className="mt-0.5 text-xs text-slate-500">{children.detail}</dd>
        </>
      )}
    </div>
  );
}
