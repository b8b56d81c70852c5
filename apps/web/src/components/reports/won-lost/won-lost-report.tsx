"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { AmountHiddenNote } from "../amount-hidden-note";
import { SERIES } from "../charts/chart-colors";
import { ChartLegend } from "../charts/chart-legend";
import { MeasureSwitch } from "../charts/measure-switch";
import { ReportCard } from "../report-card";
import type { TDealReportFilters } from "../report-params";
import type { TOpenFigure } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { reportState } from "../use-report-query";
import { WonLostChart } from "./won-lost-chart";
import { readWonLostMeasure, wonLostCurrencies } from "./won-lost-measure";
import { WonLostTable } from "./won-lost-table";

/** SPEC J1: deals won and lost per month, counted or summed per currency. */
export function WonLostReport({
  filters,
  measureParam,
  onMeasure,
  onOpen,
}: {
  filters: TDealReportFilters;
  measureParam: string | null;
  onMeasure: (measure: string) => void;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.reports.wonLost.queryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const report = query.data;
  const { state, refreshing } = reportState(
    query,
    (data) => data.totals.won.count + data.totals.lost.count === 0,
  );
  const currencies = report ? wonLostCurrencies(report) : [];
  const measure = readWonLostMeasure(measureParam, currencies);
  const totalIn = (outcome: "won" | "lost") => {
    if (!report) return "";
    const figure = report.totals[outcome];
    if (measure.kind === "count") return format.number(figure.count);
    const amount = figure.byCurrency.find((each) => each.currency === measure.currency)?.amount;
    return amount ? format.compactMoney(amount, measure.currency) : format.number(0);
  };

  return (
    <ReportCard
      title={t("reports.wonLost.title")}
      subtitle={
        filters.from || filters.to
          ? t("reports.wonLost.subtitle")
          : t("reports.wonLost.subtitleDefault")
      }
      state={state}
      refreshing={refreshing}
      error={query.error}
      onRetry={() => void query.refetch()}
      empty={t("reports.wonLost.empty")}
      skeleton="columns"
      notice={report?.amountHidden ? <AmountHiddenNote /> : null}
      aside={
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <ChartLegend
            items={[
              {
                key: "won",
                swatch: SERIES.won.swatch,
                label: `${t("reports.wonLost.won")} · ${totalIn("won")}`,
              },
              {
                key: "lost",
                swatch: SERIES.lost.swatch,
                label: `${t("reports.wonLost.lost")} · ${totalIn("lost")}`,
              },
            ]}
          />
          {currencies.length > 0 ? (
            <MeasureSwitch
              label={t("reports.wonLost.measure")}
              value={measure.kind === "count" ? "count" : measure.currency}
              onChange={onMeasure}
              options={[
                { value: "count", label: t("reports.wonLost.measureCount") },
                ...currencies.map((currency) => ({ value: currency, label: currency })),
              ]}
            />
          ) : null}
        </div>
      }
      chart={
        report ? <WonLostChart months={report.months} measure={measure} onOpen={onOpen} /> : null
      }
      table={(interactive) =>
        report ? (
          <WonLostTable
            report={report}
            currencies={currencies}
            interactive={interactive}
            onOpen={onOpen}
          />
        ) : null
      }
    />
  );
}
