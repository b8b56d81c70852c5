"use client";

import { useState } from "react";

import { useT } from "~/i18n/i18n-provider";

import { LeftValueAxis } from "../charts/chart-axes";
import { SERIES } from "../charts/chart-colors";
import { ChartDatum } from "../charts/chart-datum";
import { amountValue, countScale, niceScale, scaleLength } from "../charts/chart-scale";
import { ChartTooltip, TipRow, TipTitle, type TChartTip } from "../charts/chart-tooltip";
import { useElementWidth } from "../charts/use-element-width";
import { useRovingFocus } from "../charts/use-roving-focus";
import type { TOpenFigure, TWonLostMonth } from "../report-types";
import { useReportFormat, type TReportFormat } from "../use-report-format";
import { outcomeFigure, type TWonLostMeasure } from "./won-lost-measure";

const PLOT_HEIGHT = 220;
const TOP = 18;
const BOTTOM = 42;
const OUTCOMES = ["won", "lost"] as const;
type TOutcome = (typeof OUTCOMES)[number];

type TBar = {
  month: TWonLostMonth;
  outcome: TOutcome;
  count: number;
  amount: string | null;
  value: number;
  x: number;
  width: number;
};

/** Won and lost deals per month as pairs of columns, months along the bottom. */
export function WonLostChart({
  months,
  measure,
  onOpen,
}: {
  months: readonly TWonLostMonth[];
  measure: TWonLostMeasure;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [tip, setTip] = useState<TChartTip | null>(null);

  const axisWidth = 64;
  const plot = {
    x: axisWidth,
    y: TOP,
    width: Math.max((width ?? 0) - axisWidth - 4, 40),
    height: PLOT_HEIGHT,
  };
  const slot = plot.width / Math.max(months.length, 1);
  const barWidth = Math.min(Math.max((slot * 0.72) / 2 - 1, 2), 30);

  const bars: TBar[] = months.flatMap((month, index) => {
    const center = plot.x + slot * index + slot / 2;
    return OUTCOMES.map((outcome, side) => {
      const figure = outcomeFigure(month[outcome], measure);
      return {
        month,
        outcome,
        ...figure,
        value: measure.kind === "count" ? figure.count : amountValue(figure.amount),
        x: side === 0 ? center - barWidth - 1 : center + 1,
        width: barWidth,
      };
    });
  });
  const openable = bars.filter((bar) => bar.count > 0);
  const roving = useRovingFocus(openable.length);
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  const scale = measure.kind === "money" ? niceScale(max) : countScale(max);
  const bottom = plot.y + plot.height;
  const labelEvery = slot >= 34 ? 1 : slot >= 17 ? 2 : 3;
  // Figures on top of the columns only where they fit beside their neighbour's.
  const showValues = measure.kind === "count" ? slot >= 40 : slot >= 96;

  return (
    <div ref={ref} className="relative">
      {width ? (
        <svg
          width={width}
          height={bottom + BOTTOM}
          role="group"
          aria-label={t("reports.wonLost.title")}
          className="block overflow-visible"
        >
          <LeftValueAxis
            ticks={scale.ticks}
            top={scale.top}
            plot={plot}
            format={(value) =>
              measure.kind === "money" ? format.compactNumber(value) : format.number(value)
            }
            title={
              measure.kind === "money"
                ? t("reports.wonLost.valueAxis", { currency: measure.currency })
                : t("reports.wonLost.countAxis")
            }
          />
          <g aria-hidden="true" className="text-[11px]">
            {months.map((month, index) => {
              const x = plot.x + slot * index + slot / 2;
              const first = index === 0 || month.month.endsWith("-01");
              return (
                <g key={month.month}>
                  {index % labelEvery === 0 ? (
                    <text x={x} y={bottom + 15} textAnchor="middle" className="fill-slate-600">
                      {format.month(month.month, "short")}
                    </text>
                  ) : null}
                  {first ? (
                    <text x={x} y={bottom + 29} textAnchor="middle" className="fill-slate-400">
                      {month.month.slice(0, 4)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
          {bars.map((bar) => {
            const height = scaleLength(bar.value, scale.top, plot.height);
            const shape = (
              <g aria-hidden="true">
                {height > 0 ? (
                  <rect
                    x={bar.x}
                    y={bottom - Math.max(height, 2)}
                    width={bar.width}
                    height={Math.max(height, 2)}
                    rx={Math.min(3, bar.width / 3)}
                    className={SERIES[bar.outcome].fill}
                  />
                ) : null}
                {showValues && bar.count > 0 ? (
                  <text
                    x={bar.x + bar.width / 2}
                    y={bottom - Math.max(height, 2) - 4}
                    textAnchor="middle"
                    className="fill-slate-600 text-[10px]"
                  >
                    {measure.kind === "money" && bar.amount
                      ? format.compactNumber(amountValue(bar.amount))
                      : format.number(bar.count)}
                  </text>
                ) : null}
              </g>
            );
            const index = openable.indexOf(bar);
            const key = `${bar.month.month}-${bar.outcome}`;
            if (index < 0) return <g key={key}>{shape}</g>;
            return (
              <ChartDatum
                key={key}
                label={describe(bar, measure, format, t)}
                count={bar.count}
                roving={roving(index)}
                box={{ x: bar.x - 1, y: plot.y, width: bar.width + 2, height: plot.height }}
                tip={{
                  x: bar.x + bar.width / 2,
                  y: bottom - Math.max(height, 2),
                  content: <MonthTip month={bar.month} measure={measure} />,
                }}
                onTip={setTip}
                onOpen={() =>
                  onOpen({
                    report: "wonLost",
                    month: bar.month.month,
                    status: bar.outcome,
                    ...(measure.kind === "money" ? { currency: measure.currency } : {}),
                  })
                }
              >
                {shape}
              </ChartDatum>
            );
          })}
        </svg>
      ) : (
        <div style={{ height: PLOT_HEIGHT + TOP + BOTTOM }} />
      )}
      <ChartTooltip tip={tip} width={width ?? 0} />
    </div>
  );
}

function MonthTip({ month, measure }: { month: TWonLostMonth; measure: TWonLostMeasure }) {
  const t = useT();
  const format = useReportFormat();
  return (
    <>
      <TipTitle>{format.month(month.month)}</TipTitle>
      {OUTCOMES.map((outcome) => {
        const figure = outcomeFigure(month[outcome], measure);
        const value =
          measure.kind === "money"
            ? `${format.deals(figure.count)} · ${
                figure.amount ? format.money(figure.amount, measure.currency) : format.number(0)
              }`
            : format.deals(figure.count);
        return (
          <TipRow
            key={outcome}
            swatch={SERIES[outcome].swatch}
            label={t(outcome === "won" ? "reports.wonLost.won" : "reports.wonLost.lost")}
            value={value}
          />
        );
      })}
    </>
  );
}

function describe(
  bar: TBar,
  measure: TWonLostMeasure,
  format: TReportFormat,
  t: ReturnType<typeof useT>,
): string {
  const base = {
    month: format.month(bar.month.month),
    outcome: t(bar.outcome === "won" ? "reports.wonLost.won" : "reports.wonLost.lost"),
    count: format.deals(bar.count),
  };
  if (measure.kind === "count" || !bar.amount) return t("reports.wonLost.figureCount", base);
  return t("reports.wonLost.figure", {
    ...base,
    value: format.money(bar.amount, measure.currency),
  });
}
