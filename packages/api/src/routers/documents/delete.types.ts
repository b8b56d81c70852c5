import { z } from "zod";

import { ZId, ZVersion } from "./document.schema";

export const ZDeleteInput = z.strictObject({ id: ZId("document"), version: ZVersion });

export const ZDeleteOutput = z.object({ id: z.string() });
