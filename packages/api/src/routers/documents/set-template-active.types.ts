import { z } from "zod";

import { ZId, ZTemplateWithBody, ZVersion } from "./document.schema";

export const ZSetTemplateActiveInput = z.strictObject({
  id: ZId("template"),
  version: ZVersion,
  isActive: z.boolean(),
});

export const ZSetTemplateActiveOutput = ZTemplateWithBody;
