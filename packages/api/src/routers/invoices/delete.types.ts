import { z } from "zod";

import { ZId, ZVersion } from "./invoice.schema";

export const ZDeleteInput = z.strictObject({ id: ZId("invoice"), version: ZVersion });

export const ZDeleteOutput = z.object({ id: z.string() });
