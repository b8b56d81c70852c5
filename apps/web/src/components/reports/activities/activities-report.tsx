"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ReportCard } from "../report-card";
import type { TActivityReportFilters } from "../report-params";
import type { TOpenFigure } from "../report-types";
import { reportState } from "../use-report-query";
import { ActivitiesChart } from "./activities-chart";
import { ActivitiesTable } from "./activities-table";
import { byTotalDescending } from "./activity-kinds";
import { KindLegend } from "./kind-legend";

/** SPEC J1: calls, meetings, notes and e-mails per employee. */
export function ActivitiesReport({
  filters,
  pipelineIgnored,
  onOpen,
}: {
  filters: TActivityReportFilters;
  /** A pipeline is chosen, which activities know nothing of: say so rather than seem filtered. */
  pipelineIgnored: boolean;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.reports.activities.queryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const report = query.data;
  const { state, refreshing } = reportState(query, (data) => data.totals.total === 0);
  const employees = report
    ? byTotalDescending(report.employees.filter((row) => row.total > 0))
    : [];

  return (
    <ReportCard
      title={t("reports.activities.title")}
      subtitle={
        pipelineIgnored
          ? `${t("reports.activities.subtitle")} ${t("reports.activities.pipelineIgnored")}`
          : t("reports.activities.subtitle")
      }
      state={state}
      refreshing={refreshing}
      error={query.error}
      onRetry={() => void query.refetch()}
      empty={t("reports.activities.empty")}
      skeleton="rows"
      aside={report ? <KindLegend totals={report.totals} onOpen={onOpen} /> : null}
      chart={<ActivitiesChart employees={employees} onOpen={onOpen} />}
      table={(interactive) =>
        report ? (
          <ActivitiesTable
            report={report}
            employees={employees}
            interactive={interactive}
            onOpen={onOpen}
          />
        ) : null
      }
    />
  );
}
