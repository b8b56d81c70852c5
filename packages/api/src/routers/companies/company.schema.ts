import { z } from "zod";

// Shared by the companies procedures' input and output schemas.

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The editable fields of a company; `responsibleId` has its own procedure (assign). */
export const ZCompanyFields = z.strictObject({
  name: z.string().trim().min(1, "Give the company a name.").max(200),
  registrationNumber: optionalText(32),
  vatId: optionalText(32),
  email: z
    .email("Enter an e-mail address such as office@example.com.")
    .max(254)
    .nullable()
    .optional(),
  phone: optionalText(40),
  website: optionalText(300),
  street: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(20),
  country: optionalText(100),
  isPartner: z.boolean().optional(),
  typeId: z.uuid().nullable().optional(),
});

// Plain objects strip what they do not name, so a wider select can never leak a field.
// Fields a role may hide are optional: absent when hidden from the caller.
export const ZCompany = z.object({
  id: z.string(),
  name: z.string(),
  registrationNumber: z.string().nullable().optional(),
  vatId: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  website: z.string().nullable().optional(),
  street: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  postalCode: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  isPartner: z.boolean().optional(),
  typeId: z.string().nullable().optional(),
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const ZCompanyId = z.uuid("The company id is not valid.");
export const ZVersion = z.number().int().positive("version must be the version you last read.");
