"use client";

import { Fragment } from "react";

import { useT } from "~/i18n/i18n-provider";

import { FigureCell, FigureOpener, ReportTable, RowHeader } from "../report-table";
import type { TOpenFigure, TPipelineValue } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { figureIn, type TPipelineGroup } from "./pipeline-groups";

/** The pipeline report as a table: per stage its deals, and per currency its value and weighted value. */
export function PipelineTable({
  report,
  groups,
  interactive,
  onOpen,
}: {
  report: TPipelineValue;
  groups: readonly TPipelineGroup[];
  interactive: boolean;
  onOpen: TOpenFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const currencies = report.amountHidden
    ? []
    : report.totals.byCurrency.map((each) => each.currency);
  const showPipeline = groups.length > 1;
  const head = [
    t("reports.table.stage"),
    ...(showPipeline ? [t("reports.table.pipeline")] : []),
    t("reports.table.probability"),
    t("reports.table.deals"),
    ...currencies.flatMap((currency) => [
      t("reports.table.valueIn", { currency }),
      t("reports.table.weightedIn", { currency }),
    ]),
  ];

  return (
    <ReportTable
      caption={t("reports.pipeline.title")}
      head={head}
      foot={
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t("reports.table.total")}
          </th>
          {showPipeline ? <td /> : null}
          <td />
          <FigureCell>{format.number(report.totals.count)}</FigureCell>
          {currencies.map((currency) => {
            const total = report.totals.byCurrency.find((each) => each.currency === currency);
            return (
              <Fragment key={currency}>
                <FigureCell>
                  {total?.amount ? format.money(total.amount, currency) : null}
                </FigureCell>
                <FigureCell>
                  {total?.weighted ? format.money(total.weighted, currency) : null}
                </FigureCell>
              </Fragment>
            );
          })}
        </tr>
      }
    >
      {groups.flatMap((group) =>
        group.stages.map((row) => (
          <tr key={row.stage.id}>
            <RowHeader>{row.stage.name}</RowHeader>
            {showPipeline ? (
              <td className="px-3 py-2 text-right text-slate-600">{row.pipeline.name}</td>
            ) : null}
            <FigureCell>{format.percent(row.stage.probability / 100)}</FigureCell>
            <FigureCell>
              <FigureOpener
                interactive={interactive && row.count > 0}
                label={t("reports.pipeline.figureCount", {
                  stage: row.stage.name,
                  pipeline: row.pipeline.name,
                  count: format.deals(row.count),
                })}
                onOpen={() => onOpen({ report: "pipelineValue", stageId: row.stage.id })}
              >
                {format.number(row.count)}
              </FigureOpener>
            </FigureCell>
            {currencies.map((currency) => {
              const figure = figureIn(row, currency);
              return (
                <Fragment key={currency}>
                  <FigureCell>
                    <FigureOpener
                      interactive={interactive && figure.count > 0}
                      label={t("reports.pipeline.figureIn", {
                        stage: row.stage.name,
                        currency,
                        count: format.deals(figure.count),
                      })}
                      onOpen={() =>
                        onOpen({ report: "pipelineValue", stageId: row.stage.id, currency })
                      }
                    >
                      {figure.amount ? format.money(figure.amount, currency) : format.number(0)}
                    </FigureOpener>
                  </FigureCell>
                  <FigureCell>
                    {figure.weighted ? format.money(figure.weighted, currency) : format.number(0)}
                  </FigureCell>
                </Fragment>
              );
            })}
          </tr>
        )),
      )}
    </ReportTable>
  );
}
