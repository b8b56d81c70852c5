import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";

// Shared by the interests procedures' input and output schemas.

export const ZInterestId = z.uuid("The interest id is not valid.");
export const ZInterestStatus = z.enum(["new", "qualified", "converted", "discarded"]);

/** The editable fields of an interest; `responsibleId` has its own procedure (assign). */
export const ZInterestFields = z.strictObject({
  title: z.string().trim().min(1, "Give the interest a title.").max(200),
  source: z.string().trim().max(100).nullable().optional(),
  companyId: z.uuid("companyId must be a company id.").nullable().optional(),
  contactId: z.uuid("contactId must be a contact id.").nullable().optional(),
  productId: z.uuid("productId must be a product id.").nullable().optional(),
});

export const ZInterest = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  status: ZInterestStatus,
  /** Named only when the caller may view the linked record; otherwise null. */
  company: ZLink,
  contact: ZLink,
  product: ZLink,
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const ZInterestFilter = {
  search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  status: ZInterestStatus.optional(),
  responsibleId: z.uuid("responsibleId must be an employee id.").optional(),
  companyId: z.uuid("companyId must be a company id.").optional(),
};
