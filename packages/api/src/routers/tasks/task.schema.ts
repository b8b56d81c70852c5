import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";
import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";

// Shared by the tasks procedures' input and output schemas.

export const ZTaskStatus = z.enum(["open", "done", "cancelled"], {
  error: "status must be one of open, done or cancelled.",
});

const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZParticipantIds = z
  .array(z.uuid("participantIds must be employee ids."))
  .max(50, "A task takes at most 50 participants.");

/** What a person writes on a task; the owner, project, direction and status are set by the API. */
export const ZTaskFields = z.strictObject({
  title: z.string().trim().min(1, "Give the task a title.").max(200),
  description: z.string().trim().max(20_000).nullable().optional(),
  dueAt: z.date("dueAt must be a date and time.").nullable().optional(),
  /** Who does it; the creator when left out, nobody when null. */
  assigneeId: z.uuid("assigneeId must be an employee id.").nullable().optional(),
  companyId: z.uuid("companyId must be the id of a company.").nullable().optional(),
  contactId: z.uuid("contactId must be the id of a contact.").nullable().optional(),
  dealId: z.uuid("dealId must be the id of a deal.").nullable().optional(),
});

// Plain objects strip what they do not name, so a wider select can never leak a field.
export const ZTask = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  status: ZTaskStatus,
  dueAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  assignee: ZPerson.nullable(),
  participants: z.array(ZPerson),
  /** Each link named where the caller may view the linked record, else null (D7). */
  company: ZLink,
  contact: ZLink,
  deal: ZLink,
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  /** The owner: who set the task. */
  responsible: ZPerson,
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const ZTaskId = z.uuid("The task id is not valid.");
export const ZVersion = z.number().int().positive("version must be the version you last read.");

/** A task at the version the caller read: what every status move takes. */
export const ZTaskAtVersion = z.strictObject({ id: ZTaskId, version: ZVersion });

export const ZPage = {
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
};
