"use client";

import { useT } from "~/i18n/i18n-provider";

import { FigureCell, FigureOpener, ReportTable, RowHeader } from "../report-table";
import type { TActivitiesReport, TOpenFigure } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { ACTIVITY_KINDS, KIND_LABELS } from "./activity-kinds";

/** Activities per employee and kind, with each kind's total underneath. */
export function ActivitiesTable({
  report,
  employees,
  interactive,
  onOpen,
}: {
  report: TActivitiesReport;
  employees: TActivitiesReport["employees"];
  interactive: boolean;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  return (
    <ReportTable
      caption={t("reports.activities.title")}
      head={[
        t("reports.table.employee"),
        ...ACTIVITY_KINDS.map((kind) => t(KIND_LABELS[kind])),
        t("reports.table.total"),
      ]}
      foot={
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t("reports.table.total")}
          </th>
          {ACTIVITY_KINDS.map((kind) => (
            <FigureCell key={kind}>
              <FigureOpener
                interactive={interactive && report.totals.byKind[kind] > 0}
                label={t("reports.activities.kindFigure", {
                  kind: t(KIND_LABELS[kind]),
                  count: format.activities(report.totals.byKind[kind]),
                })}
                onOpen={() => onOpen({ report: "activities", kind })}
              >
                {format.number(report.totals.byKind[kind])}
              </FigureOpener>
            </FigureCell>
          ))}
          <FigureCell>{format.number(report.totals.total)}</FigureCell>
        </tr>
      }
    >
      {employees.map((row) => (
        <tr key={row.employee.id}>
          <RowHeader>{row.employee.name}</RowHeader>
          {ACTIVITY_KINDS.map((kind) => (
            <FigureCell key={kind}>
              <FigureOpener
                interactive={interactive && row.byKind[kind] > 0}
                label={t("reports.activities.figure", {
                  employee: row.employee.name,
                  kind: t(KIND_LABELS[kind]),
                  count: format.activities(row.byKind[kind]),
                })}
                onOpen={() =>
                  onOpen({ report: "activities", responsibleId: row.employee.id, kind })
                }
              >
                {format.number(row.byKind[kind])}
              </FigureOpener>
            </FigureCell>
          ))}
          <FigureCell>
            <FigureOpener
              interactive={interactive && row.total > 0}
              label={t("reports.activities.totalFigure", {
                employee: row.employee.name,
                count: format.activities(row.total),
              })}
              onOpen={() => onOpen({ report: "activities", responsibleId: row.employee.id })}
            >
              {format.number(row.total)}
            </FigureOpener>
          </FigureCell>
        </tr>
      ))}
    </ReportTable>
  );
}
