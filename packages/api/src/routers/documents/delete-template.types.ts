import { z } from "zod";

import { ZId, ZVersion } from "./document.schema";

export const ZDeleteTemplateInput = z.strictObject({ id: ZId("template"), version: ZVersion });

export const ZDeleteTemplateOutput = z.object({ id: z.string() });
