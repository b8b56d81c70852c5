import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZVersion } from "../companies/company.schema";
import { ZDeal, ZDealId } from "./deal.schema";

export const ZAssignInput = z.strictObject({
  id: ZDealId,
  version: ZVersion,
  responsibleId: z.uuid("responsibleId must be an employee id."),
});

export const ZAssignOutput = ZDeal.extend({ can: ZRecordCan });
