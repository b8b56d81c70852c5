import { describe, expect, it } from "vitest";

import type { TPipelineStageRow } from "../report-types";
import { figureIn, groupByPipeline, onlyStagesIn } from "./pipeline-groups";

const row = (pipelineId: string, stageId: string, count: number): TPipelineStageRow => ({
  pipeline: { id: pipelineId, name: pipelineId.toUpperCase() },
  stage: { id: stageId, name: stageId, position: 0, probability: 50 },
  count,
  byCurrency: count ? [{ currency: "CZK", count, amount: "100.00", weighted: "50.00" }] : [],
});

describe("groupByPipeline", () => {
  it("keeps the API's order and leaves out pipelines without deals", () => {
    const groups = groupByPipeline([
      row("a", "a1", 2),
      row("a", "a2", 0),
      row("b", "b1", 0),
      row("c", "c1", 1),
    ]);
    expect(groups.map((group) => [group.pipeline.id, group.stages.map((s) => s.stage.id)])).toEqual(
      [
        ["a", ["a1", "a2"]],
        ["c", ["c1"]],
      ],
    );
  });
});

describe("figureIn", () => {
  it("reads a currency the stage has none of as zero deals, never as a zero amount", () => {
    expect(figureIn(row("a", "a1", 2), "EUR")).toEqual({
      currency: "EUR",
      count: 0,
      amount: null,
      weighted: null,
    });
  });
});

describe("onlyStagesIn", () => {
  it("keeps the stages, and the pipelines, with deals in the currency", () => {
    const groups = groupByPipeline([row("a", "a1", 2), row("a", "a2", 0), row("c", "c1", 1)]);
    expect(onlyStagesIn(groups, "CZK").map((group) => group.stages.length)).toEqual([1, 1]);
    expect(onlyStagesIn(groups, "EUR")).toEqual([]);
  });
});
