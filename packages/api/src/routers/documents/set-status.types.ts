import { z } from "zod";

import { ZDocumentStatus, ZDocumentWithBody, ZId, ZVersion } from "./document.schema";

export const ZSetStatusInput = z.strictObject({
  id: ZId("document"),
  version: ZVersion,
  status: ZDocumentStatus,
});

export const ZSetStatusOutput = ZDocumentWithBody;
