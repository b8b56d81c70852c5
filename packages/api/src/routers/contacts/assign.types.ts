import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZContact, ZContactId, ZVersion } from "./contact.schema";

export const ZAssignInput = z.strictObject({
  id: ZContactId,
  version: ZVersion,
  responsibleId: z.uuid("responsibleId must be an employee id."),
});

export const ZAssignOutput = ZContact.extend({ can: ZRecordCan });
