import { z } from "zod";

import { ZId, ZName, ZOutcome, ZProbability, ZStage, ZVersion } from "./pipeline.schema";

export const ZUpdateStageInput = z.strictObject({
  id: ZId("stage"),
  version: ZVersion,
  fields: z
    .strictObject({
      name: ZName("stage").optional(),
      probability: ZProbability.optional(),
      outcome: ZOutcome.optional(),
    })
    .refine((fields) => Object.keys(fields).length > 0, "Change at least one field."),
});

export const ZUpdateStageOutput = ZStage;
