"use client";

import { useState } from "react";

import { useT } from "~/i18n/i18n-provider";

import { BottomValueAxis } from "../charts/chart-axes";
import { SERIES } from "../charts/chart-colors";
import { ChartDatum } from "../charts/chart-datum";
import { countScale, niceScale, scaleLength } from "../charts/chart-scale";
import { fitLabel } from "../charts/chart-text";
import { ChartTooltip, TipRow, TipTitle, type TChartTip } from "../charts/chart-tooltip";
import { useElementWidth } from "../charts/use-element-width";
import { useRovingFocus } from "../charts/use-roving-focus";
import type { TOpenFigure } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { figureIn, type TPipelineGroup } from "./pipeline-groups";
import {
  layoutPipeline,
  PIPELINE_ROW,
  type TLaidStage,
  type TPipelineMeasure,
} from "./pipeline-layout";

export type { TPipelineMeasure };

const BAR = 20;
const AXIS = 46;
const VALUE_LABEL = 104;
const ROW = PIPELINE_ROW;

/**
 * Open deals by stage as horizontal bars: a stage's name on the left, its bar, and its figure
 * at the bar's end; pipelines one under another. In money the light bar is the value and the
 * dark part of it the value weighted by the stage's probability.
 */
export function PipelineChart({
  groups,
  measure,
  onOpen,
}: {
  groups: readonly TPipelineGroup[];
  measure: TPipelineMeasure;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [tip, setTip] = useState<TChartTip | null>(null);

  const layout = layoutPipeline(groups, measure);
  const laid = layout.groups;
  const allRows = layout.rows;
  const y = layout.bottom;
  const openable = allRows.filter((each) => each.count > 0);
  const roving = useRovingFocus(openable.length);
  const height = y + AXIS;
  const max = Math.max(...allRows.map((each) => each.value), 0);
  const scale = measure.kind === "money" ? niceScale(max) : countScale(max);

  const labelWidth = width ? Math.min(Math.max(width * 0.26, 110), 220) : 0;
  const plot = {
    x: labelWidth + 12,
    y: 0,
    width: width ? Math.max(width - labelWidth - 12 - VALUE_LABEL, 40) : 0,
    height: y,
  };

  return (
    <div ref={ref} className="relative">
      {width ? (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={t("reports.pipeline.title")}
          className="block overflow-visible"
        >
          <BottomValueAxis
            ticks={scale.ticks}
            top={scale.top}
            plot={plot}
            format={(value) =>
              // The currency is in the axis' name; the ticks stay short.
              measure.kind === "money" ? format.compactNumber(value) : format.number(value)
            }
            title={
              measure.kind === "money"
                ? t("reports.pipeline.valueAxis", { currency: measure.currency })
                : t("reports.pipeline.countAxis")
            }
          />
          <text
            x={0}
            y={height - 12}
            className="fill-slate-600 text-[11px] font-medium"
            aria-hidden="true"
          >
            {t("reports.pipeline.stageAxis")}
          </text>
          {laid.map(({ group, headerY, rows }) => (
            <g key={group.pipeline.id}>
              {headerY !== null ? (
                <text
                  x={0}
                  y={headerY + 16}
                  className="fill-slate-500 text-[11px] font-semibold tracking-wide uppercase"
                  aria-hidden="true"
                >
                  {fitLabel(group.pipeline.name, width - 8)}
                </text>
              ) : null}
              {rows.map((laidRow) => {
                const index = openable.indexOf(laidRow);
                const bars = (
                  <StageBars
                    laidRow={laidRow}
                    measure={measure}
                    plot={plot}
                    top={scale.top}
                    labelWidth={labelWidth}
                  />
                );
                if (index < 0) return <g key={laidRow.row.stage.id}>{bars}</g>;
                const barEnd = plot.x + scaleLength(laidRow.value, scale.top, plot.width);
                return (
                  <ChartDatum
                    key={laidRow.row.stage.id}
                    label={describe(laidRow, measure, format, t)}
                    count={laidRow.count}
                    roving={roving(index)}
                    box={{ x: -4, y: laidRow.y + 2, width: width + 8, height: ROW - 4 }}
                    tip={{
                      x: (plot.x + barEnd) / 2,
                      y: laidRow.y + (ROW - BAR) / 2,
                      content: <StageTip laidRow={laidRow} measure={measure} />,
                    }}
                    onTip={setTip}
                    onOpen={() =>
                      onOpen({
                        report: "pipelineValue",
                        stageId: laidRow.row.stage.id,
                        ...(measure.kind === "money" ? { currency: measure.currency } : {}),
                      })
                    }
                  >
                    {bars}
                  </ChartDatum>
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

function StageBars({
  laidRow,
  measure,
  plot,
  top,
  labelWidth,
}: {
  laidRow: TLaidStage;
  measure: TPipelineMeasure;
  plot: { x: number; width: number };
  top: number;
  labelWidth: number;
}) {
  const format = useReportFormat();
  const { row, y, count, value, weighted } = laidRow;
  const barY = y + (ROW - BAR) / 2;
  const length = scaleLength(value, top, plot.width);
  const figure = measure.kind === "money" ? figureIn(row, measure.currency) : null;
  const main =
    measure.kind === "count"
      ? format.number(count)
      : count > 0 && figure?.amount
        ? format.compactMoney(figure.amount, measure.currency)
        : format.number(0);
  return (
    <g aria-hidden="true">
      <text x={0} y={barY + 14} className="fill-slate-800 text-[13px]">
        {fitLabel(row.stage.name, labelWidth)}
      </text>
      {length > 0 ? (
        <rect
          x={plot.x}
          y={barY}
          width={Math.max(length, 2)}
          height={BAR}
          rx={3}
          className={measure.kind === "money" ? SERIES.value.fill : SERIES.count.fill}
        />
      ) : null}
      {measure.kind === "money" && weighted > 0 ? (
        <rect
          x={plot.x}
          y={barY}
          width={Math.max(scaleLength(weighted, top, plot.width), 2)}
          height={BAR}
          rx={3}
          className={SERIES.weighted.fill}
        />
      ) : null}
      <text
        x={plot.x + length + 8}
        y={barY + (measure.kind === "money" ? 9 : 14)}
        className={count > 0 ? "fill-slate-900 text-xs font-semibold" : "fill-slate-400 text-xs"}
      >
        {main}
      </text>
      {measure.kind === "money" && count > 0 ? (
        <text x={plot.x + length + 8} y={barY + 22} className="fill-slate-500 text-[11px]">
          {format.deals(count)}
        </text>
      ) : null}
    </g>
  );
}

function StageTip({ laidRow, measure }: { laidRow: TLaidStage; measure: TPipelineMeasure }) {
  const t = useT();
  const format = useReportFormat();
  const { row, count } = laidRow;
  const figure = measure.kind === "money" ? figureIn(row, measure.currency) : null;
  return (
    <>
      <TipTitle>{row.stage.name}</TipTitle>
      <TipRow label={t("reports.table.deals")} value={format.number(count)} />
      {measure.kind === "money" && figure?.amount && figure.weighted ? (
        <>
          <TipRow
            swatch={SERIES.value.swatch}
            label={t("reports.pipeline.value")}
            value={format.money(figure.amount, measure.currency)}
          />
          <TipRow
            swatch={SERIES.weighted.swatch}
            label={t("reports.pipeline.weightedShort")}
            value={format.money(figure.weighted, measure.currency)}
          />
        </>
      ) : null}
      <TipRow
        label={t("reports.table.probability")}
        value={format.percent(row.stage.probability / 100)}
      />
    </>
  );
}

function describe(
  laidRow: TLaidStage,
  measure: TPipelineMeasure,
  format: ReturnType<typeof useReportFormat>,
  t: ReturnType<typeof useT>,
): string {
  const { row, count } = laidRow;
  const base = { stage: row.stage.name, pipeline: row.pipeline.name, count: format.deals(count) };
  if (measure.kind === "count") return t("reports.pipeline.figureCount", base);
  const figure = figureIn(row, measure.currency);
  return t("reports.pipeline.figure", {
    ...base,
    value: figure.amount ? format.money(figure.amount, measure.currency) : t("common.none"),
    weighted: figure.weighted ? format.money(figure.weighted, measure.currency) : t("common.none"),
  });
}
