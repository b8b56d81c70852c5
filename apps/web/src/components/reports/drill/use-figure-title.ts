"use client";

import { useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { KIND_LABELS } from "../activities/activity-kinds";
import { toActivityFilters, type TDealReportFilters } from "../report-params";
import type { TReportFigure } from "../report-figure";
import { useReportFormat } from "../use-report-format";

/**
 * What the open figure is, in words: named from the reports already on the dashboard (the
 * same queries, so read from the cache), generic until they arrive.
 */
export function useFigureTitle(
  figure: TReportFigure,
  filters: TDealReportFilters,
): { title: string; description: string | null } {
  const t = useT();
  const format = useReportFormat();
  const trpc = useTRPC();
  const pipeline = useQuery({
    ...trpc.reports.pipelineValue.queryOptions(filters),
    enabled: figure.report === "pipelineValue",
  });
  const conversion = useQuery({
    ...trpc.reports.conversion.queryOptions(filters),
    enabled: figure.report === "conversion",
  });
  const activities = useQuery({
    ...trpc.reports.activities.queryOptions(toActivityFilters(filters)),
    enabled: figure.report === "activities",
  });
  const currencyNote = (currency: string | undefined) =>
    currency ? t("reports.drill.inCurrency", { currency }) : null;

  switch (figure.report) {
    case "pipelineValue": {
      const row = pipeline.data?.stages.find((each) => each.stage.id === figure.stageId);
      if (!row) return { title: t("reports.drill.dealsTitle"), description: null };
      return {
        title: t("reports.drill.pipelineTitle", { stage: row.stage.name }),
        description: [row.pipeline.name, currencyNote(figure.currency)].filter(Boolean).join(" · "),
      };
    }
    case "wonLost":
      return {
        title: t(figure.status === "won" ? "reports.drill.wonTitle" : "reports.drill.lostTitle", {
          month: format.month(figure.month),
        }),
        description: currencyNote(figure.currency),
      };
    case "conversion": {
      const found = conversion.data?.pipelines
        .flatMap((each) => each.stages.map((row) => ({ pipeline: each.pipeline, row })))
        .find((each) => each.row.stage.id === figure.stageId);
      if (!found) return { title: t("reports.drill.dealsTitle"), description: null };
      const stage = found.row.stage.name;
      const title =
        figure.measure === "entered"
          ? t("reports.drill.enteredTitle", { stage })
          : figure.measure === "advanced"
            ? t("reports.drill.advancedTitle", { stage })
            : t("reports.drill.wonFromTitle", { stage });
      return { title, description: found.pipeline.name };
    }
    case "activities": {
      const employee = figure.responsibleId
        ? activities.data?.employees.find((each) => each.employee.id === figure.responsibleId)
            ?.employee.name
        : t("reports.drill.everyone");
      const kind = figure.kind ? t(KIND_LABELS[figure.kind]) : t("reports.drill.allActivities");
      if (!employee) return { title: t("reports.drill.activitiesTitle"), description: null };
      return { title: t("reports.drill.activityTitle", { kind, employee }), description: null };
    }
  }
}
