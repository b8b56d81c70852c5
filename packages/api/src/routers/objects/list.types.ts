import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ZObject } from "./object.schema";

export const ZListInput = z.strictObject({
  search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZListOutput = z.object({
  items: z.array(ZObject),
  nextCursor: z.string().nullable(),
});
