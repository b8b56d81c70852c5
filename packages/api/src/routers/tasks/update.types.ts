import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZTask, ZTaskFields, ZTaskId, ZVersion } from "./task.schema";

export const ZUpdateInput = z.strictObject({
  id: ZTaskId,
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
  fields: ZTaskFields.partial().refine((fields) => Object.keys(fields).length > 0, {
    message: "Change at least one field.",
  }),
});

export const ZUpdateOutput = ZTask.extend({ can: ZRecordCan });
