"use client";

import { useState } from "react";

import { useT } from "~/i18n/i18n-provider";

import { BottomValueAxis } from "../charts/chart-axes";
import { KIND_COLORS } from "../charts/chart-colors";
import { ChartDatum } from "../charts/chart-datum";
import { countScale, scaleLength } from "../charts/chart-scale";
import { fitLabel } from "../charts/chart-text";
import { ChartTooltip, TipRow, TipTitle, type TChartTip } from "../charts/chart-tooltip";
import { useElementWidth } from "../charts/use-element-width";
import { useRovingFocus } from "../charts/use-roving-focus";
import type { TActivitiesReport, TOpenFigure } from "../report-types";
import type { TActivityKind } from "../report-figure";
import { useReportFormat } from "../use-report-format";
import { ACTIVITY_KINDS, KIND_LABELS } from "./activity-kinds";

const ROW = 34;
const BAR = 18;
const AXIS = 46;
const TOTAL_LABEL = 56;

type TEmployeeRow = TActivitiesReport["employees"][number];
type TPart = {
  row: TEmployeeRow;
  y: number;
  kind: TActivityKind | null;
  x: number;
  width: number;
  count: number;
};

/** Activities per employee as stacked bars, one segment per kind, the total at the end. */
export function ActivitiesChart({
  employees,
  onOpen,
}: {
  employees: readonly TEmployeeRow[];
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [tip, setTip] = useState<TChartTip | null>(null);

  const labelWidth = width ? Math.min(Math.max(width * 0.22, 110), 200) : 0;
  const plot = {
    x: labelWidth + 12,
    y: 0,
    width: width ? Math.max(width - labelWidth - 12 - TOTAL_LABEL, 40) : 0,
    height: employees.length * ROW + 4,
  };
  const scale = countScale(Math.max(...employees.map((row) => row.total), 0));

  const parts: TPart[] = employees.flatMap((row, index) => {
    const y = 4 + index * ROW;
    let x = plot.x;
    const segments = ACTIVITY_KINDS.filter((kind) => row.byKind[kind] > 0).map((kind) => {
      const segmentWidth = scaleLength(row.byKind[kind], scale.top, plot.width);
      const part = { row, y, kind, x, width: segmentWidth, count: row.byKind[kind] };
      x += segmentWidth;
      return part;
    });
    return [
      ...segments,
      { row, y, kind: null, x: x + 6, width: TOTAL_LABEL - 8, count: row.total },
    ];
  });
  const roving = useRovingFocus(parts.length);
  const height = plot.height + AXIS;

  return (
    <div ref={ref} className="relative">
      {width ? (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={t("reports.activities.title")}
          className="block overflow-visible"
        >
          <BottomValueAxis
            ticks={scale.ticks}
            top={scale.top}
            plot={plot}
            format={(value) => format.number(value)}
            title={t("reports.activities.countAxis")}
          />
          <text
            x={0}
            y={height - 12}
            className="fill-slate-600 text-[11px] font-medium"
            aria-hidden="true"
          >
            {t("reports.activities.employeeAxis")}
          </text>
          {employees.map((row, index) => (
            <text
              key={row.employee.id}
              x={0}
              y={4 + index * ROW + (ROW - BAR) / 2 + 13}
              className="fill-slate-800 text-[13px]"
              aria-hidden="true"
            >
              {fitLabel(row.employee.name, labelWidth)}
            </text>
          ))}
          {parts.map((part, index) => {
            const barY = part.y + (ROW - BAR) / 2;
            const label =
              part.kind === null
                ? t("reports.activities.totalFigure", {
                    employee: part.row.employee.name,
                    count: format.activities(part.count),
                  })
                : t("reports.activities.figure", {
                    employee: part.row.employee.name,
                    kind: t(KIND_LABELS[part.kind]),
                    count: format.activities(part.count),
                  });
            return (
              <ChartDatum
                key={`${part.row.employee.id}-${part.kind ?? "total"}`}
                label={label}
                count={part.count}
                roving={roving(index)}
                box={{ x: part.x, y: barY - 3, width: Math.max(part.width, 4), height: BAR + 6 }}
                tip={{
                  x: part.x + part.width / 2,
                  y: barY,
                  content: <EmployeeTip row={part.row} />,
                }}
                onTip={setTip}
                onOpen={() =>
                  onOpen({
                    report: "activities",
                    responsibleId: part.row.employee.id,
                    ...(part.kind ? { kind: part.kind } : {}),
                  })
                }
              >
                {part.kind === null ? (
                  <text
                    x={part.x + 2}
                    y={barY + 13}
                    className="fill-slate-900 text-xs font-semibold"
                    aria-hidden="true"
                  >
                    {format.number(part.count)}
                  </text>
                ) : (
                  <rect
                    x={part.x}
                    y={barY}
                    width={Math.max(part.width - 1, 1)}
                    height={BAR}
                    className={KIND_COLORS[part.kind].fill}
                    aria-hidden="true"
                  />
                )}
              </ChartDatum>
            );
          })}
        </svg>
      ) : (
        <div style={{ height: plot.height + AXIS }} />
      )}
      <ChartTooltip tip={tip} width={width ?? 0} />
    </div>
  );
}

function EmployeeTip({ row }: { row: TEmployeeRow }) {
  const t = useT();
  const format = useReportFormat();
  return (
    <>
      <TipTitle>{row.employee.name}</TipTitle>
      {ACTIVITY_KINDS.map((kind) => (
        <TipRow
          key={kind}
          swatch={KIND_COLORS[kind].swatch}
          label={t(KIND_LABELS[kind])}
          value={format.number(row.byKind[kind])}
        />
      ))}
      <TipRow label={t("reports.table.total")} value={format.number(row.total)} />
    </>
  );
}
