import { z } from "zod";

import { ZChainSteps, ZId, ZName, ZTaskChain } from "./pipeline.schema";

export const ZCreateTaskChainInput = z.strictObject({
  stageId: ZId("stage"),
  name: ZName("task chain"),
  isActive: z.boolean().default(true),
  /** In order: each becomes a task when a deal enters the stage. */
  steps: ZChainSteps,
});

export const ZCreateTaskChainOutput = ZTaskChain;
