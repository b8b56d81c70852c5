import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";

// Shared by the reminders procedures' input and output schemas.

/** What a person writes on a reminder; the owner, project and direction are set by the API. */
export const ZReminderFields = z.strictObject({
  title: z.string().trim().min(1, "Give the reminder a title.").max(200),
  remindAt: z.date("remindAt must be a date and time."),
  taskId: z.uuid("taskId must be the id of a task.").nullable().optional(),
  companyId: z.uuid("companyId must be the id of a company.").nullable().optional(),
  contactId: z.uuid("contactId must be the id of a contact.").nullable().optional(),
  dealId: z.uuid("dealId must be the id of a deal.").nullable().optional(),
});

// Plain objects strip what they do not name, so a wider select can never leak a field.
export const ZReminder = z.object({
  id: z.string(),
  title: z.string(),
  remindAt: z.date(),
  resolvedAt: z.date().nullable(),
  /** Each link named where the caller may view the linked record, else null (D7). */
  task: ZLink,
  company: ZLink,
  contact: ZLink,
  deal: ZLink,
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const ZReminderId = z.uuid("The reminder id is not valid.");
export const ZVersion = z.number().int().positive("version must be the version you last read.");

/** A reminder at the version the caller read. */
export const ZReminderAtVersion = z.strictObject({ id: ZReminderId, version: ZVersion });
