import { z } from "zod";

import { ZDeleted, ZId, ZVersion } from "./pipeline.schema";

export const ZDeleteStageInput = z.strictObject({ id: ZId("stage"), version: ZVersion });

export const ZDeleteStageOutput = ZDeleted;
