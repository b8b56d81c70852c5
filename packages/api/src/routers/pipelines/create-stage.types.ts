import { z } from "zod";

import { ZId, ZName, ZOutcome, ZProbability, ZStage } from "./pipeline.schema";

export const ZCreateStageInput = z.strictObject({
  pipelineId: ZId("pipeline"),
  name: ZName("stage"),
  probability: ZProbability.default(0),
  /** A deal entering a won or lost stage is closed with that status. */
  outcome: ZOutcome.default("open"),
});

export const ZCreateStageOutput = ZStage;
