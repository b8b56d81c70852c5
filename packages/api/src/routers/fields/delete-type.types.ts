import { z } from "zod";

import { ZId, ZVersion } from "./fields.schema";

export const ZDeleteTypeInput = z.strictObject({ id: ZId("type"), version: ZVersion });

export const ZDeleteTypeOutput = z.object({ id: z.string() });
