import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZCompany, ZCompanyId, ZVersion } from "./company.schema";

export const ZAssignInput = z.strictObject({
  id: ZCompanyId,
  version: ZVersion,
  responsibleId: z.uuid("responsibleId must be an employee id."),
});

export const ZAssignOutput = ZCompany.extend({ can: ZRecordCan });
