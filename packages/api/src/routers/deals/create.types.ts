import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZDeal, ZNewDealFields } from "./deal.schema";

export const ZCreateInput = ZNewDealFields.extend({
  /** Someone else as responsible needs the `assign` right; the creator by default. */
  responsibleId: z.uuid("responsibleId must be an employee id.").optional(),
});

export const ZCreateOutput = ZDeal.extend({ can: ZRecordCan });
