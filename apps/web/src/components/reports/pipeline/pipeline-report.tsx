"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { AmountHiddenNote } from "../amount-hidden-note";
import { SERIES } from "../charts/chart-colors";
import { ChartLegend } from "../charts/chart-legend";
import { ReportCard } from "../report-card";
import type { TDealReportFilters } from "../report-params";
import type { TOpenFigure } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { reportState } from "../use-report-query";
import { PipelineChart } from "./pipeline-chart";
import { groupByPipeline, onlyStagesIn } from "./pipeline-groups";
import { PipelineTable } from "./pipeline-table";

/** SPEC J1: open deals' value by stage, per currency, with the weighted value. */
export function PipelineReport({
  filters,
  onOpen,
}: {
  filters: TDealReportFilters;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.reports.pipelineValue.queryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const { state, refreshing } = reportState(query, (data) => data.totals.count === 0);
  const report = query.data;
  const groups = report ? groupByPipeline(report.stages) : [];
  const hidden = report?.amountHidden ?? false;
  const currencies = report && !hidden ? report.totals.byCurrency : [];
  const periodSet = Boolean(filters.from || filters.to);

  return (
    <ReportCard
      title={t("reports.pipeline.title")}
      subtitle={periodSet ? t("reports.pipeline.subtitlePeriod") : t("reports.pipeline.subtitle")}
      state={state}
      refreshing={refreshing}
      error={query.error}
      onRetry={() => void query.refetch()}
      empty={t("reports.pipeline.empty")}
      skeleton="rows"
      notice={hidden ? <AmountHiddenNote /> : null}
      aside={
        <ChartLegend
          items={
            hidden
              ? [
                  {
                    key: "count",
                    swatch: SERIES.count.swatch,
                    label: t("reports.pipeline.countAxis"),
                  },
                ]
              : [
                  { key: "value", swatch: SERIES.value.swatch, label: t("reports.pipeline.value") },
                  {
                    key: "weighted",
                    swatch: SERIES.weighted.swatch,
                    label: t("reports.pipeline.weighted"),
                  },
                ]
          }
        />
      }
      chart={
        hidden ? (
          <PipelineChart groups={groups} measure={{ kind: "count" }} onOpen={onOpen} />
        ) : (
          <div className="space-y-6">
            {currencies.map((total, index) => (
              <div key={total.currency}>
                {currencies.length > 1 ? (
                  <h3 className="mb-2 flex items-baseline gap-2 text-sm font-semibold text-slate-800">
                    {t("reports.pipeline.inCurrency", { currency: total.currency })}
                    <span className="text-xs font-normal text-slate-500">
                      {total.amount ? format.money(total.amount, total.currency) : null} ·{" "}
                      {format.deals(total.count)}
                    </span>
                  </h3>
                ) : null}
                <PipelineChart
                  // A second currency's chart lists only the stages that have deals in it.
                  groups={index === 0 ? groups : onlyStagesIn(groups, total.currency)}
                  measure={{ kind: "money", currency: total.currency }}
                  onOpen={onOpen}
                />
              </div>
            ))}
          </div>
        )
      }
      table={(interactive) =>
        report ? (
          <PipelineTable
            report={report}
            groups={groups}
            interactive={interactive}
            onOpen={onOpen}
          />
        ) : null
      }
    />
  );
}
