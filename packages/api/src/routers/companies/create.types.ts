import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZCompany, ZCompanyFields } from "./company.schema";

export const ZCreateInput = ZCompanyFields.extend({
  /** Someone else as responsible needs the `assign` right; the creator by default. */
  responsibleId: z.uuid("responsibleId must be an employee id.").optional(),
});

export const ZCreateOutput = ZCompany.extend({ can: ZRecordCan });
