import { z } from "zod";

import { ZGroupIds, ZId, ZTemplateWithBody, ZVersion } from "./document.schema";

export const ZLimitTemplateInput = z.strictObject({
  id: ZId("template"),
  version: ZVersion,
  /** The CRM groups that alone may use the template (D9); empty opens it to everyone. */
  groupIds: ZGroupIds,
});

export const ZLimitTemplateOutput = ZTemplateWithBody;
