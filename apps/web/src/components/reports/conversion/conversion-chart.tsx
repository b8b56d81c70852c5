"use client";

import { useState, type ReactNode } from "react";

import { useT } from "~/i18n/i18n-provider";

import { SERIES } from "../charts/chart-colors";
import { ChartDatum } from "../charts/chart-datum";
import { scaleLength } from "../charts/chart-scale";
import { fitLabel } from "../charts/chart-text";
import { ChartTooltip, TipRow, TipTitle, type TChartTip } from "../charts/chart-tooltip";
import { useElementWidth } from "../charts/use-element-width";
import { useRovingFocus } from "../charts/use-roving-focus";
import type { TConversionMeasure } from "../report-figure";
import type { TOpenFigure } from "../report-types";
import { useReportFormat, type TReportFormat } from "../use-report-format";
import {
  CONVERSION_ROW,
  layoutConversion,
  type TFunnelStage,
  type TPipelineFunnel,
} from "./conversion-layout";

const ROW = CONVERSION_ROW;
const BAR = 30;
const COLUMN = 112;

type TStageRow = TFunnelStage;

/**
 * A funnel per pipeline: each open stage a band as wide as the deals that entered it, the
 * dark core those that moved on, joined to the next stage; beside it how many moved on and
 * how many were won, with their rates.
 */
export function ConversionChart({
  pipelines,
  onOpen,
}: {
  pipelines: readonly TPipelineFunnel[];
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [tip, setTip] = useState<TChartTip | null>(null);

  const labelWidth = width ? Math.min(Math.max(width * 0.22, 110), 200) : 0;
  const funnel = {
    x: labelWidth + 12,
    width: width ? Math.max(width - labelWidth - 24 - COLUMN * 2, 60) : 0,
  };
  const center = funnel.x + funnel.width / 2;
  const columnX = (index: number) => funnel.x + funnel.width + 12 + COLUMN * index;

  const layout = layoutConversion(pipelines);
  const laid = layout.pipelines;
  const cells = layout.cells;
  const roving = useRovingFocus(cells.length);
  const height = layout.bottom + 4;
  const cellIndex = (row: TStageRow, measure: TConversionMeasure) =>
    cells.findIndex((cell) => cell.row === row && cell.measure === measure);

  const datum = (
    row: TStageRow,
    rowY: number,
    measure: TConversionMeasure,
    box: TBox,
    body: ReactNode,
  ) => {
    const index = cellIndex(row, measure);
    if (index < 0) return <g key={measure}>{body}</g>;
    return (
      <ChartDatum
        key={measure}
        label={describe(row, measure, format, t)}
        count={row[measure]}
        roving={roving(index)}
        box={box}
        tip={{
          x: box.x + box.width / 2,
          y: rowY + (ROW - BAR) / 2,
          content: <StageTip row={row} />,
        }}
        onTip={setTip}
        onOpen={() => onOpen({ report: "conversion", stageId: row.stage.id, measure })}
      >
        {body}
      </ChartDatum>
    );
  };

  return (
    <div ref={ref} className="relative">
      {width ? (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={t("reports.conversion.title")}
          className="block overflow-visible"
        >
          <g aria-hidden="true" className="fill-slate-600 text-[11px] font-medium">
            <text x={0} y={14}>
              {t("reports.table.stage")}
            </text>
            <text x={center} y={14} textAnchor="middle">
              {t("reports.conversion.entered")}
            </text>
            <text x={columnX(0) + COLUMN - 8} y={14} textAnchor="end">
              {t("reports.conversion.advanced")}
            </text>
            <text x={columnX(1) + COLUMN - 8} y={14} textAnchor="end">
              {t("reports.conversion.won")}
            </text>
          </g>
          {laid.map(({ pipeline, headerY, max, rows }) => (
            <g key={pipeline.pipeline.id}>
              {headerY !== null ? (
                <text
                  x={0}
                  y={headerY + 17}
                  className="fill-slate-500 text-[11px] font-semibold tracking-wide uppercase"
                  aria-hidden="true"
                >
                  {fitLabel(pipeline.pipeline.name, width - 8)}
                </text>
              ) : null}
              {rows.map(({ row, y: rowY }, index) => {
                const barY = rowY + (ROW - BAR) / 2;
                const outer = Math.max(
                  scaleLength(row.entered, max, funnel.width),
                  row.entered ? 3 : 0,
                );
                const inner = scaleLength(row.advanced, max, funnel.width);
                const next = rows[index + 1]?.row;
                const nextOuter = next ? scaleLength(next.entered, max, funnel.width) : 0;
                return (
                  <g key={row.stage.id}>
                    {next && inner > 0 && nextOuter > 0 ? (
                      <polygon
                        aria-hidden="true"
                        className="fill-sky-100"
                        points={[
                          [center - inner / 2, barY + BAR],
                          [center + inner / 2, barY + BAR],
                          [center + nextOuter / 2, barY + ROW],
                          [center - nextOuter / 2, barY + ROW],
                        ]
                          .map((point) => point.join(","))
                          .join(" ")}
                      />
                    ) : null}
                    {datum(
                      row,
                      rowY,
                      "entered",
                      { x: -4, y: rowY + 3, width: funnel.x + funnel.width + 8, height: ROW - 6 },
                      <g aria-hidden="true">
                        <text x={0} y={barY + 19} className="fill-slate-800 text-[13px]">
                          {fitLabel(row.stage.name, labelWidth)}
                        </text>
                        <rect
                          x={center - outer / 2}
                          y={barY}
                          width={outer}
                          height={BAR}
                          rx={4}
                          className={SERIES.entered.fill}
                        />
                        {inner > 0 ? (
                          <rect
                            x={center - inner / 2}
                            y={barY}
                            width={inner}
                            height={BAR}
                            rx={4}
                            className={SERIES.advanced.fill}
                          />
                        ) : null}
                        <rect
                          x={center - 22}
                          y={barY + 6}
                          width={44}
                          height={18}
                          rx={9}
                          className="fill-white/90"
                        />
                        <text
                          x={center}
                          y={barY + 19}
                          textAnchor="middle"
                          className="fill-slate-900 text-xs font-semibold"
                        >
                          {format.number(row.entered)}
                        </text>
                      </g>,
                    )}
                    {(["advanced", "won"] as const).map((measure, column) =>
                      datum(
                        row,
                        rowY,
                        measure,
                        { x: columnX(column), y: rowY + 5, width: COLUMN - 4, height: ROW - 10 },
                        <g aria-hidden="true">
                          <text
                            x={columnX(column) + COLUMN - 8}
                            y={barY + 13}
                            textAnchor="end"
                            className={
                              row[measure] > 0
                                ? "fill-slate-900 text-[13px] font-semibold"
                                : "fill-slate-400 text-[13px]"
                            }
                          >
                            {format.number(row[measure])}
                          </text>
                          <text
                            x={columnX(column) + COLUMN - 8}
                            y={barY + 27}
                            textAnchor="end"
                            className="fill-slate-500 text-[11px]"
                          >
                            {format.percent(measure === "advanced" ? row.advanceRate : row.winRate)}
                          </text>
                        </g>,
                      ),
                    )}
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      ) : (
        <div style={{ height }} />
      )}
      <ChartTooltip tip={tip} width={width ?? 0} />
    </div>
  );
}

type TBox = { x: number; y: number; width: number; height: number };

function StageTip({ row }: { row: TStageRow }) {
  const t = useT();
  const format = useReportFormat();
  return (
    <>
      <TipTitle>{row.stage.name}</TipTitle>
      <TipRow
        swatch={SERIES.entered.swatch}
        label={t("reports.conversion.entered")}
        value={format.number(row.entered)}
      />
      <TipRow
        swatch={SERIES.advanced.swatch}
        label={t("reports.conversion.advanced")}
        value={`${format.number(row.advanced)} · ${format.percent(row.advanceRate)}`}
      />
      <TipRow
        label={t("reports.conversion.won")}
        value={`${format.number(row.won)} · ${format.percent(row.winRate)}`}
      />
    </>
  );
}

function describe(
  row: TStageRow,
  measure: TConversionMeasure,
  format: TReportFormat,
  t: ReturnType<typeof useT>,
): string {
  const count = format.deals(row[measure]);
  const stage = row.stage.name;
  switch (measure) {
    case "entered":
      return t("reports.conversion.figureEntered", { stage, count });
    case "advanced":
      return t("reports.conversion.figureAdvanced", {
        stage,
        count,
        rate: format.percent(row.advanceRate),
      });
    case "won":
      return t("reports.conversion.figureWon", { stage, count, rate: format.percent(row.winRate) });
  }
}
