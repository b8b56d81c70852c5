import { z } from "zod";

import { ZDeleted, ZId, ZVersion } from "./pipeline.schema";

export const ZDeleteTaskChainInput = z.strictObject({ id: ZId("task chain"), version: ZVersion });

export const ZDeleteTaskChainOutput = ZDeleted;
