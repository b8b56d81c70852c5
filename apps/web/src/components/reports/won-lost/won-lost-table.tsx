"use client";

import { Fragment } from "react";

import { useT } from "~/i18n/i18n-provider";

import { FigureCell, FigureOpener, ReportTable, RowHeader } from "../report-table";
import type { TOpenFigure, TWonLost } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { outcomeFigure } from "./won-lost-measure";

const OUTCOMES = ["won", "lost"] as const;

/** Won and lost per month: deals, and the sum in each currency. */
export function WonLostTable({
  report,
  currencies,
  interactive,
  onOpen,
}: {
  report: TWonLost;
  currencies: readonly string[];
  interactive: boolean;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const outcomeName = (outcome: (typeof OUTCOMES)[number]) =>
    t(outcome === "won" ? "reports.wonLost.won" : "reports.wonLost.lost");
  const head = [
    t("reports.table.month"),
    ...OUTCOMES.map((outcome) =>
      t("reports.table.dealsOutcome", { outcome: outcomeName(outcome) }),
    ),
    ...currencies.flatMap((currency) =>
      OUTCOMES.map((outcome) =>
        t("reports.table.outcomeIn", { outcome: outcomeName(outcome), currency }),
      ),
    ),
  ];

  return (
    <ReportTable
      caption={t("reports.wonLost.title")}
      head={head}
      foot={
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t("reports.table.total")}
          </th>
          {OUTCOMES.map((outcome) => (
            <FigureCell key={outcome}>{format.number(report.totals[outcome].count)}</FigureCell>
          ))}
          {currencies.map((currency) => (
            <Fragment key={currency}>
              {OUTCOMES.map((outcome) => {
                const figure = outcomeFigure(report.totals[outcome], { kind: "money", currency });
                return (
                  <FigureCell key={outcome}>
                    {figure.amount ? format.money(figure.amount, currency) : format.number(0)}
                  </FigureCell>
                );
              })}
            </Fragment>
          ))}
        </tr>
      }
    >
      {report.months.map((month) => (
        <tr key={month.month}>
          <RowHeader>{format.month(month.month)}</RowHeader>
          {OUTCOMES.map((outcome) => (
            <FigureCell key={outcome}>
              <FigureOpener
                interactive={interactive && month[outcome].count > 0}
                label={t("reports.wonLost.figureCount", {
                  month: format.month(month.month),
                  outcome: outcomeName(outcome),
                  count: format.deals(month[outcome].count),
                })}
                onOpen={() => onOpen({ report: "wonLost", month: month.month, status: outcome })}
              >
                {format.number(month[outcome].count)}
              </FigureOpener>
            </FigureCell>
          ))}
          {currencies.map((currency) => (
            <Fragment key={currency}>
              {OUTCOMES.map((outcome) => {
                const figure = outcomeFigure(month[outcome], { kind: "money", currency });
                return (
                  <FigureCell key={outcome}>
                    <FigureOpener
                      interactive={interactive && figure.count > 0}
                      label={t("reports.wonLost.figure", {
                        month: format.month(month.month),
                        outcome: outcomeName(outcome),
                        count: format.deals(figure.count),
                        value: figure.amount ? format.money(figure.amount, currency) : "0",
                      })}
                      onOpen={() =>
                        onOpen({ report: "wonLost", month: month.month, status: outcome, currency })
                      }
                    >
                      {figure.amount ? format.money(figure.amount, currency) : format.number(0)}
                    </FigureOpener>
                  </FigureCell>
                );
              })}
            </Fragment>
          ))}
        </tr>
      ))}
    </ReportTable>
  );
}
