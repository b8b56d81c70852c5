import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ZContact } from "./contact.schema";

export const ZSearch = z.string().trim().max(200, "Search for at most 200 characters.");

export const ZCompanyFilter = z.uuid("companyId must be a company id.");

export const ZListInput = z.strictObject({
  search: ZSearch.optional(),
  companyId: ZCompanyFilter.optional(),
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZListOutput = z.object({
  items: z.array(ZContact),
  nextCursor: z.string().nullable(),
});
