import type { TPipelineStageRow, TPipelineValue } from "../report-types";

export type TPipelineGroup = {
  pipeline: { id: string; name: string };
  stages: TPipelineStageRow[];
};

/**
 * The stages by pipeline, in the API's order. A pipeline with no open deal in reach is left
 * out: a column of zeros for a client-cycle pipeline nobody uses only pushes the rest down.
 */
export function groupByPipeline(stages: TPipelineValue["stages"]): TPipelineGroup[] {
  const groups: TPipelineGroup[] = [];
  for (const row of stages) {
    const last = groups.at(-1);
    if (last && last.pipeline.id === row.pipeline.id) last.stages.push(row);
    else groups.push({ pipeline: row.pipeline, stages: [row] });
  }
  return groups.filter((group) => group.stages.some((row) => row.count > 0));
}

/** A stage's figure in one currency: its count there and its sums (null when hidden). */
export function figureIn(row: TPipelineStageRow, currency: string) {
  return (
    row.byCurrency.find((figure) => figure.currency === currency) ?? {
      currency,
      count: 0,
      amount: null,
      weighted: null,
    }
  );
}

/** The groups cut to the stages with deals in one currency, and the pipelines left with any. */
export function onlyStagesIn(
  groups: readonly TPipelineGroup[],
  currency: string,
): TPipelineGroup[] {
  return groups
    .map((group) => ({
      pipeline: group.pipeline,
      stages: group.stages.filter((row) => figureIn(row, currency).count > 0),
    }))
    .filter((group) => group.stages.length > 0);
}
