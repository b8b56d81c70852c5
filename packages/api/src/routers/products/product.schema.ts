import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";

// Shared by the catalogue, deals and interests.

/** Money travels as a decimal string, e.g. "125000.50": no float rounds it on the way. */
export const ZMoney = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, "Enter an amount such as 125000.50 (at most 2 decimals).");

export const ZCurrency = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "Enter a three-letter ISO currency code such as CZK or EUR.");

export const ZProductId = z.uuid("The product id is not valid.");

export const ZSearch = z.string().trim().max(200, "Search for at most 200 characters.");

export const ZPage = {
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
};

export const ZProductFields = z.strictObject({
  sku: z
    .string()
    .trim()
    .min(1, "Give the product a code (SKU).")
    .max(64)
    .regex(/^[A-Za-z0-9._\-/]+$/, "Use letters, digits and . _ - / in the code."),
  name: z.string().trim().min(1, "Give the product a name.").max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  unitPrice: ZMoney,
  currency: ZCurrency,
  vatRate: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "Enter a VAT rate in percent, such as 21 or 12.5.")
    .refine((rate) => Number(rate) <= 100, "A VAT rate is at most 100 percent.")
    .optional(),
});

export const ZProduct = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  unitPrice: z.string(),
  currency: z.string(),
  vatRate: z.string(),
  isActive: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});
