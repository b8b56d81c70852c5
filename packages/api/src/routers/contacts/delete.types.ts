import { z } from "zod";

import { ZContactId, ZVersion } from "./contact.schema";

export const ZDeleteInput = z.strictObject({ id: ZContactId, version: ZVersion });

/** What went with the contact (F4): its notes and reminders; other activities stay, unlinked. */
export const ZDeleteOutput = z.object({
  id: z.string(),
  deletedNotes: z.number().int(),
  deletedReminders: z.number().int(),
  keptActivities: z.number().int(),
});
