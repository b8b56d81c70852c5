import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";

const ZWord = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z_.]+$/, "Use a lower-case action or resource name, e.g. sign_in or deal.");

export const ZListInput = z.strictObject({
  employeeId: z.uuid().optional(),
  actorEmail: z.email("Give a whole e-mail address.").max(254).optional(),
  action: ZWord.optional(),
  resource: ZWord.optional(),
  recordId: z.string().trim().min(1).max(100).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const ZAuditEntry = z.object({
  id: z.string(),
  createdAt: z.date(),
  action: z.string(),
  resource: z.string().nullable(),
  recordId: z.string().nullable(),
  employeeId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const ZListOutput = z.object({
  items: z.array(ZAuditEntry),
  nextCursor: z.string().nullable(),
});
