import { z } from "zod";

import { ZPipeline } from "./pipeline.schema";

export const ZListInput = z.strictObject({});

export const ZListOutput = z.array(ZPipeline);
