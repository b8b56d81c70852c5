import { z } from "zod";

import { ZObjectId, ZVersion } from "./object.schema";

export const ZDeleteInput = z.strictObject({ id: ZObjectId, version: ZVersion });

export const ZDeleteOutput = z.object({ id: z.string() });
