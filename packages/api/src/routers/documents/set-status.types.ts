import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZDocumentStatus, ZDocumentWithBody, ZId, ZVersion } from "./document.schema";

export const ZSetStatusInput = z.strictObject({
  id: ZId("document"),
  version: ZVersion,
  status: ZDocumentStatus,
});

export const ZSetStatusOutput = ZDocumentWithBody.extend({ can: ZRecordCan });
