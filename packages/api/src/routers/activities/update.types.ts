import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZActivity, ZActivityFields, ZActivityId, ZVersion } from "./activity.schema";

export const ZUpdateInput = z.strictObject({
  id: ZActivityId,
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
  fields: ZActivityFields.partial().refine((fields) => Object.keys(fields).length > 0, {
    message: "Change at least one field.",
  }),
});

export const ZUpdateOutput = ZActivity.extend({ can: ZRecordCan });
