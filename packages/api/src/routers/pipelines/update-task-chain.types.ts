import { z } from "zod";

import { ZChainSteps, ZId, ZName, ZTaskChain, ZVersion } from "./pipeline.schema";

export const ZUpdateTaskChainInput = z
  .strictObject({
    id: ZId("task chain"),
    version: ZVersion,
    name: ZName("task chain").optional(),
    isActive: z.boolean().optional(),
    /** Replaces the steps whole. */
    steps: ZChainSteps.optional(),
  })
  .refine((input) => input.name !== undefined || input.isActive !== undefined || input.steps, {
    message: "Change at least one field.",
    path: ["name"],
  });

export const ZUpdateTaskChainOutput = ZTaskChain;
