import { z } from "zod";

import { ZId, ZPipeline, ZVersion } from "./pipeline.schema";

export const ZReorderStagesInput = z.strictObject({
  pipelineId: ZId("pipeline"),
  /** The pipeline's version: two reorders from stale screens conflict. */
  version: ZVersion,
  /** Every stage of the pipeline, once each, in the new order. */
  stageIds: z.array(ZId("stage")).min(1).max(200),
});

export const ZReorderStagesOutput = ZPipeline;
