import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";

// Shared by the invoices procedures' input and output schemas. Amounts travel as decimal
// strings both ways: a JSON number would pass through a float.

export const ZId = (what: string) => z.uuid(`The ${what} id is not valid.`);
export const ZVersion = z.number().int().positive("version must be the version you last read.");
export const ZInvoiceStatus = z.enum(["draft", "issued", "paid", "cancelled"], {
  error: "status must be draft, issued, paid or cancelled.",
});
export const ZCurrency = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "Give the currency as a three-letter code such as CZK or EUR.");

/** A calendar date `YYYY-MM-DD`, stored as that day. */
export const ZDate = z.iso
  .date("Give a date as YYYY-MM-DD.")
  .transform((value) => new Date(`${value}T00:00:00.000Z`));

export const ZLineInput = z.strictObject({
  /** A catalogue product: fills the description, VAT rate and (same currency) unit price. */
  productId: ZId("product").optional(),
  description: z.string().trim().min(1, "Describe the line.").max(500).optional(),
  quantity: z
    .string()
    .trim()
    .regex(
      /^\d{1,9}(\.\d{1,3})?$/,
      "Give the quantity as a number with up to 3 decimals, e.g. 2.5.",
    )
    .refine((value) => Number(value) > 0, "The quantity must be more than zero."),
  unitPrice: z
    .string()
    .trim()
    .regex(/^-?\d{1,12}(\.\d{1,2})?$/, "Give the unit price with up to 2 decimals, e.g. 1200.50.")
    .optional(),
  vatRate: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "Give the VAT rate in percent, e.g. 21.")
    .refine((value) => Number(value) <= 100, "The VAT rate is at most 100 %.")
    .optional(),
});

export const ZLines = z.array(ZLineInput).max(500, "An invoice holds at most 500 lines.");

// Plain objects strip what they do not name, so a wider select can never leak a field.
export const ZInvoice = z.object({
  id: z.string(),
  number: z.string(),
  status: ZInvoiceStatus,
  currency: z.string(),
  issuedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  paidAt: z.date().nullable(),
  totalNet: z.string(),
  totalVat: z.string(),
  totalGross: z.string(),
  /** Named where the caller may view it, else null (D7); every invoice has a company. */
  company: ZLink,
  deal: ZLink,
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const ZInvoiceWithLines = ZInvoice.extend({
  lines: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      product: ZLink,
      description: z.string(),
      quantity: z.string(),
      unitPrice: z.string(),
      vatRate: z.string(),
      totalNet: z.string(),
    }),
  ),
});
