import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZVersion } from "../companies/company.schema";
import { ZMoney, ZProductId } from "../products/product.schema";
import { ZDeal, ZDealId } from "./deal.schema";

const ZLine = z.strictObject({
  productId: ZProductId,
  quantity: z
    .string()
    .trim()
    .regex(/^\d{1,9}(\.\d{1,3})?$/, "Enter a quantity such as 2 or 1.5 (at most 3 decimals).")
    .refine((quantity) => Number(quantity) > 0, "A quantity is more than zero."),
  /** The product's list price when left out. */
  unitPrice: ZMoney.optional(),
  discount: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "Enter a discount in percent, such as 10 or 12.5.")
    .refine((discount) => Number(discount) <= 100, "A discount is at most 100 percent.")
    .optional(),
});

export const ZSetProductsInput = z.strictObject({
  id: ZDealId,
  version: ZVersion,
  /** Replaces the deal's lines; each product once. */
  lines: z
    .array(ZLine)
    .max(200)
    .refine(
      (lines) => new Set(lines.map((line) => line.productId)).size === lines.length,
      "List each product once; change its quantity instead.",
    ),
});

export const ZSetProductsOutput = ZDeal.extend({ can: ZRecordCan });
