import { z } from "zod";

import { ZId, ZName, ZPipeline, ZVersion } from "./pipeline.schema";

export const ZRenamePipelineInput = z.strictObject({
  id: ZId("pipeline"),
  version: ZVersion,
  name: ZName("pipeline"),
});

export const ZRenamePipelineOutput = ZPipeline;
