import { z } from "zod";

import { ZId, ZTaskChain } from "./pipeline.schema";

export const ZListTaskChainsInput = z.strictObject({
  stageId: ZId("stage").optional(),
  pipelineId: ZId("pipeline").optional(),
});

export const ZListTaskChainsOutput = z.array(ZTaskChain);
