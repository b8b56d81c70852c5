import { z } from "zod";

import { ZCompany, ZCompanyId, ZVersion } from "./company.schema";

export const ZAssignInput = z.strictObject({
  id: ZCompanyId,
  version: ZVersion,
  responsibleId: z.uuid("responsibleId must be an employee id."),
});

export const ZAssignOutput = ZCompany;
