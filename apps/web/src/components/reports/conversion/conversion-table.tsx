"use client";

import { useT } from "~/i18n/i18n-provider";

import type { TConversionMeasure } from "../report-figure";
import { FigureCell, FigureOpener, ReportTable, RowHeader } from "../report-table";
import type { TConversion, TOpenFigure } from "../report-types";
import { useReportFormat } from "../use-report-format";

const MEASURES: readonly TConversionMeasure[] = ["entered", "advanced", "won"];

/** Per stage: deals that entered it, moved on and were won, with the rates. */
export function ConversionTable({
  pipelines,
  interactive,
  onOpen,
}: {
  pipelines: TConversion["pipelines"];
  interactive: boolean;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const showPipeline = pipelines.length > 1;
  return (
    <ReportTable
      caption={t("reports.conversion.title")}
      head={[
        t("reports.table.stage"),
        ...(showPipeline ? [t("reports.table.pipeline")] : []),
        t("reports.conversion.entered"),
        t("reports.conversion.advanced"),
        t("reports.table.advanceRate"),
        t("reports.conversion.won"),
        t("reports.table.winRate"),
      ]}
    >
      {pipelines.flatMap((pipeline) =>
        pipeline.stages.map((row) => {
          const opener = (measure: TConversionMeasure) => {
            const count = format.deals(row[measure]);
            const stage = row.stage.name;
            const label =
              measure === "entered"
                ? t("reports.conversion.figureEntered", { stage, count })
                : measure === "advanced"
                  ? t("reports.conversion.figureAdvanced", {
                      stage,
                      count,
                      rate: format.percent(row.advanceRate),
                    })
                  : t("reports.conversion.figureWon", {
                      stage,
                      count,
                      rate: format.percent(row.winRate),
                    });
            return (
              <FigureOpener
                interactive={interactive && row[measure] > 0}
                label={label}
                onOpen={() => onOpen({ report: "conversion", stageId: row.stage.id, measure })}
              >
                {format.number(row[measure])}
              </FigureOpener>
            );
          };
          return (
            <tr key={row.stage.id}>
              <RowHeader>{row.stage.name}</RowHeader>
              {showPipeline ? (
                <td className="px-3 py-2 text-right text-slate-600">{pipeline.pipeline.name}</td>
              ) : null}
              {MEASURES.map((measure) =>
                measure === "entered" ? (
                  <FigureCell key={measure}>{opener(measure)}</FigureCell>
                ) : (
                  [
                    <FigureCell key={measure}>{opener(measure)}</FigureCell>,
                    <FigureCell key={`${measure}-rate`}>
                      {format.percent(measure === "advanced" ? row.advanceRate : row.winRate)}
                    </FigureCell>,
                  ]
                ),
              )}
            </tr>
          );
        }),
      )}
    </ReportTable>
  );
}
