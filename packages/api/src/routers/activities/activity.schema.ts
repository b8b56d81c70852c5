import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";
import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";

// Shared by the activities procedures' input and output schemas.

export const ZActivityKind = z.enum(["call", "meeting", "note", "email"], {
  error: "kind must be one of call, meeting, note or email.",
});

const link = (noun: string) => z.uuid(`${noun}Id must be the id of a ${noun}.`);

/** The records an activity hangs on; null removes a link on update. */
export const ZActivityLinks = z.strictObject({
  companyId: link("company").nullable().optional(),
  contactId: link("contact").nullable().optional(),
  objectId: link("object").nullable().optional(),
  dealId: link("deal").nullable().optional(),
});

/** What a person writes on an activity; responsible, project and direction are set by the API. */
export const ZActivityFields = ZActivityLinks.extend({
  kind: ZActivityKind,
  subject: z.string().trim().min(1, "Give the activity a subject.").max(200),
  body: z.string().trim().max(20_000).nullable().optional(),
  occurredAt: z.date("occurredAt must be a date and time.").optional(),
  durationMinutes: z
    .number()
    .int()
    .min(1, "durationMinutes must be at least 1.")
    .max(1440, "durationMinutes must be at most a day (1440).")
    .nullable()
    .optional(),
});

// Plain objects strip what they do not name, so a wider select can never leak a field.
export const ZActivity = z.object({
  id: z.string(),
  kind: ZActivityKind,
  subject: z.string(),
  body: z.string().nullable(),
  occurredAt: z.date(),
  durationMinutes: z.number().int().nullable(),
  /** Each link named where the caller may view the linked record, else null (D7). */
  company: ZLink,
  contact: ZLink,
  object: ZLink,
  deal: ZLink,
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const ZActivityId = z.uuid("The activity id is not valid.");
export const ZVersion = z.number().int().positive("version must be the version you last read.");

export const ZPage = {
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
};

export const ZActivityPage = z.object({
  items: z.array(ZActivity),
  nextCursor: z.string().nullable(),
});
