import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";
import {
  ZCustomSection,
  ZCustomValuesInput,
} from "../../domain/custom-fields/custom-values.schema";

// Shared by the objects procedures' input and output schemas.

/** The editable fields of an object (e.g. a piece of real estate, F1). */
export const ZObjectFields = z.strictObject({
  name: z.string().trim().min(1, "Give the object a name.").max(200),
  address: z.string().trim().max(300).nullable().optional(),
  companyId: z.uuid("companyId must be a company id.").nullable().optional(),
  contactId: z.uuid("contactId must be a contact id.").nullable().optional(),
  typeId: z.uuid("typeId must be an object type id.").nullable().optional(),
});

// A plain object strips what it does not name, so a wider select can never leak a field.
export const ZObject = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  /** Each link named where the caller may view the linked record, else null (D7). */
  company: ZLink,
  contact: ZLink,
  typeId: z.string().nullable(),
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

/** An object with the custom sections the caller may read. */
export const ZObjectCard = ZObject.extend({ customSections: z.array(ZCustomSection) });

export const ZObjectId = z.uuid("The object id is not valid.");
export const ZVersion = z.number().int().positive("version must be the version you last read.");
export { ZCustomValuesInput };
