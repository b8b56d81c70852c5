import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZReminder, ZReminderFields, ZReminderId, ZVersion } from "./reminder.schema";

export const ZUpdateInput = z.strictObject({
  id: ZReminderId,
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
  fields: ZReminderFields.partial().refine((fields) => Object.keys(fields).length > 0, {
    message: "Change at least one field.",
  }),
});

export const ZUpdateOutput = ZReminder.extend({ can: ZRecordCan });
