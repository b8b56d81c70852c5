import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZInterest, ZInterestFields } from "./interest.schema";

export const ZCreateInput = ZInterestFields.extend({
  /** Someone else as responsible needs the `assign` right; the creator by default. */
  responsibleId: z.uuid("responsibleId must be an employee id.").optional(),
});

export const ZCreateOutput = ZInterest.extend({ can: ZRecordCan });
