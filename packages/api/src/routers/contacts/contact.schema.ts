import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";

import {
  ZCustomSection,
  ZCustomValuesInput,
} from "../../domain/custom-fields/custom-values.schema";

// Shared by the contacts procedures' input and output schemas.

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The editable fields of a contact; `responsibleId` has its own procedure (assign). */
export const ZContactFields = z.strictObject({
  firstName: z.string().trim().min(1, "Give the contact a first name.").max(100),
  lastName: z.string().trim().min(1, "Give the contact a last name.").max(100),
  email: z
    .email("Enter an e-mail address such as jana@example.com.")
    .max(254)
    .nullable()
    .optional(),
  phone: optionalText(40),
  position: optionalText(100),
  companyId: z.uuid("companyId must be a company id.").nullable().optional(),
  typeId: z.uuid("typeId must be a contact type id.").nullable().optional(),
});

// A plain object strips what it does not name, so a wider select can never leak a field.
// Fields a role may hide are optional: absent when hidden from the caller.
export const ZContact = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  position: z.string().nullable().optional(),
  /** Named where the caller may view it, else null, as if unlinked (D7); absent when hidden. */
  company: ZLink.optional(),
  typeId: z.string().nullable().optional(),
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

/** A contact with the custom sections the caller may read. */
export const ZContactCard = ZContact.extend({ customSections: z.array(ZCustomSection) });

export const ZContactId = z.uuid("The contact id is not valid.");
export const ZVersion = z.number().int().positive("version must be the version you last read.");
export { ZCustomValuesInput };
