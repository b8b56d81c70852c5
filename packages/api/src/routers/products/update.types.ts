import { z } from "zod";

import { ZVersion } from "../companies/company.schema";
import { ZProduct, ZProductFields, ZProductId } from "./product.schema";

export const ZUpdateInput = z.strictObject({
  id: ZProductId,
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
  fields: ZProductFields.partial()
    .extend({ isActive: z.boolean().optional() })
    .refine((fields) => Object.keys(fields).length > 0, "Change at least one field."),
});

export const ZUpdateOutput = ZProduct;
