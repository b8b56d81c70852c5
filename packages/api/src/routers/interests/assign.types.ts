import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZVersion } from "../companies/company.schema";
import { ZInterest, ZInterestId } from "./interest.schema";

export const ZAssignInput = z.strictObject({
  id: ZInterestId,
  version: ZVersion,
  responsibleId: z.uuid("responsibleId must be an employee id."),
});

export const ZAssignOutput = ZInterest.extend({ can: ZRecordCan });
