import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ZReminder } from "./reminder.schema";

export const ZListInput = z.strictObject({
  /** mine: the reminders I own; all: every reminder I may view. */
  view: z.enum(["mine", "all"]).default("mine"),
  state: z.enum(["open", "resolved", "any"]).default("open"),
  /** Only the reminders on this task or record. */
  taskId: z.uuid("taskId must be the id of a task.").optional(),
  companyId: z.uuid("companyId must be the id of a company.").optional(),
  contactId: z.uuid("contactId must be the id of a contact.").optional(),
  dealId: z.uuid("dealId must be the id of a deal.").optional(),
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZListOutput = z.object({
  items: z.array(ZReminder),
  nextCursor: z.string().nullable(),
});
