import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ZCompany } from "./company.schema";

export const ZSearch = z.string().trim().max(200, "Search for at most 200 characters.");

export const ZListInput = z.strictObject({
  search: ZSearch.optional(),
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZListOutput = z.object({
  items: z.array(ZCompany),
  nextCursor: z.string().nullable(),
});

export type TListInput = z.infer<typeof ZListInput>;
export type TListOutput = z.infer<typeof ZListOutput>;
