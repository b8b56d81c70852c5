import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZActivity, ZActivityFields } from "./activity.schema";

export const ZCreateInput = ZActivityFields.refine(
  (input) => Boolean(input.companyId || input.contactId || input.objectId || input.dealId),
  {
    message: "Link the activity to a company, contact, object or deal.",
    path: ["companyId"],
  },
);

export const ZCreateOutput = ZActivity.extend({ can: ZRecordCan });
