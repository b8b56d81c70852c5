import { z } from "zod";

import { ZPage, ZProduct, ZSearch } from "./product.schema";

export const ZListInput = z.strictObject({
  search: ZSearch.optional(),
  /** Deactivated products are left out unless asked for (settings, old deals). */
  includeInactive: z.boolean().default(false),
  ...ZPage,
});

export const ZListOutput = z.object({
  items: z.array(ZProduct),
  nextCursor: z.string().nullable(),
});
