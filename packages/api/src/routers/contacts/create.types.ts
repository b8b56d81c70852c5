import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZContact, ZContactFields } from "./contact.schema";

export const ZCreateInput = ZContactFields.extend({
  /** Someone else as responsible needs the `assign` right; the creator by default. */
  responsibleId: z.uuid("responsibleId must be an employee id.").optional(),
});

export const ZCreateOutput = ZContact.extend({ can: ZRecordCan });
