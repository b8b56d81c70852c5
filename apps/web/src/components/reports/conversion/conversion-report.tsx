"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { SERIES } from "../charts/chart-colors";
import { ChartLegend } from "../charts/chart-legend";
import { ReportCard } from "../report-card";
import type { TDealReportFilters } from "../report-params";
import type { TOpenFigure } from "../report-types";
import { reportState } from "../use-report-query";
import { ConversionChart } from "./conversion-chart";
import { ConversionTable } from "./conversion-table";

/** SPEC J1: of the deals created in the period, how many entered, passed and won each stage. */
export function ConversionReport({
  filters,
  onOpen,
}: {
  filters: TDealReportFilters;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.reports.conversion.queryOptions(filters),
    placeholderData: keepPreviousData,
  });
  // A pipeline no deal of the cohort entered has nothing to say.
  const pipelines = (query.data?.pipelines ?? []).filter((pipeline) =>
    pipeline.stages.some((row) => row.entered > 0),
  );
  const { state, refreshing } = reportState(query, () => pipelines.length === 0);

  return (
    <ReportCard
      title={t("reports.conversion.title")}
      subtitle={
        filters.from || filters.to
          ? t("reports.conversion.subtitlePeriod")
          : t("reports.conversion.subtitle")
      }
      state={state}
      refreshing={refreshing}
      error={query.error}
      onRetry={() => void query.refetch()}
      empty={t("reports.conversion.empty")}
      skeleton="rows"
      aside={
        <ChartLegend
          items={[
            {
              key: "entered",
              swatch: SERIES.entered.swatch,
              label: t("reports.conversion.entered"),
            },
            {
              key: "advanced",
              swatch: SERIES.advanced.swatch,
              label: t("reports.conversion.advanced"),
            },
          ]}
        />
      }
      chart={<ConversionChart pipelines={pipelines} onOpen={onOpen} />}
      table={(interactive) => (
        <ConversionTable pipelines={pipelines} interactive={interactive} onOpen={onOpen} />
      )}
    />
  );
}
