import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZVersion } from "../companies/company.schema";
import { ZInterest, ZInterestFields, ZInterestId } from "./interest.schema";

export const ZUpdateInput = z.strictObject({
  id: ZInterestId,
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
  fields: ZInterestFields.partial()
    .extend({
      /** `converted` is set by `convert` only. */
      status: z.enum(["new", "qualified", "discarded"]).optional(),
    })
    .refine((fields) => Object.keys(fields).length > 0, "Change at least one field."),
});

export const ZUpdateOutput = ZInterest.extend({ can: ZRecordCan });
