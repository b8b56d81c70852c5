import { z } from "zod";

import { ZName, ZPipeline } from "./pipeline.schema";

export const ZCreatePipelineInput = z.strictObject({
  name: ZName("pipeline"),
  kind: z.enum(["opportunity", "client_cycle"]).default("opportunity"),
});

export const ZCreatePipelineOutput = ZPipeline;
