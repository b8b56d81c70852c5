import { z } from "zod";

import { ZId, ZVersion } from "./fields.schema";

export const ZDeleteFieldInput = z.strictObject({ id: ZId("field"), version: ZVersion });

export const ZDeleteFieldOutput = z.object({ id: z.string() });
