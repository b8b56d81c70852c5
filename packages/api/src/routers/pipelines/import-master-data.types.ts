import { ZMasterData } from "@charter/db/seed";
import { z } from "zod";

import { ZPipeline } from "./pipeline.schema";

/** The master-data file as it is (format `charter.master-data/1`), validated whole. */
export const ZImportMasterDataInput = ZMasterData;

export const ZImportMasterDataOutput = z.object({
  pipelinesCreated: z.number().int(),
  stagesCreated: z.number().int(),
  pipelines: z.array(ZPipeline),
});
