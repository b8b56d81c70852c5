import { z } from "zod";

import { ZActivityId, ZVersion } from "./activity.schema";

export const ZDeleteInput = z.strictObject({ id: ZActivityId, version: ZVersion });

export const ZDeleteOutput = z.object({ id: z.string() });
