import { amountValue } from "../charts/chart-scale";
import type { TPipelineStageRow } from "../report-types";
import { figureIn, type TPipelineGroup } from "./pipeline-groups";

/** Money in one currency (bars of value with the weighted part inside), or counts alone. */
export type TPipelineMeasure = { kind: "money"; currency: string } | { kind: "count" };

export const PIPELINE_ROW = 40;
export const PIPELINE_GROUP_HEADER = 26;

export type TLaidStage = {
  row: TPipelineStageRow;
  /** Top of the stage's row. */
  y: number;
  /** Deals the bar counts (in the currency, when in money). */
  count: number;
  /** The bar's length in the measure, and the weighted part of it. */
  value: number;
  weighted: number;
};

export type TPipelineLayout = {
  groups: { group: TPipelineGroup; headerY: number | null; rows: TLaidStage[] }[];
  rows: TLaidStage[];
  /** Where the last row ends. */
  bottom: number;
};

/** Rows one under another, with a heading row per pipeline when there are several. */
export function layoutPipeline(
  groups: readonly TPipelineGroup[],
  measure: TPipelineMeasure,
): TPipelineLayout {
  const showGroups = groups.length > 1;
  let y = 4;
  const laid = groups.map((group) => {
    const headerY = showGroups ? y : null;
    if (showGroups) y += PIPELINE_GROUP_HEADER;
    const rows = group.stages.map((row) => {
      const stage = { row, y, ...figuresOf(row, measure) };
      y += PIPELINE_ROW;
      return stage;
    });
    return { group, headerY, rows };
  });
  return { groups: laid, rows: laid.flatMap((group) => group.rows), bottom: y };
}

function figuresOf(row: TPipelineStageRow, measure: TPipelineMeasure) {
  if (measure.kind === "count") return { count: row.count, value: row.count, weighted: 0 };
  const figure = figureIn(row, measure.currency);
  return {
    count: figure.count,
    value: amountValue(figure.amount),
    weighted: amountValue(figure.weighted),
  };
}
