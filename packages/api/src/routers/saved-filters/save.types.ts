import { z } from "zod";

import { ZFilterQuery, ZSavedFilter, ZSavedFilterList } from "./saved-filter.schema";

export const ZSaveInput = z.strictObject({
  list: ZSavedFilterList,
  name: z
    .string()
    .trim()
    .min(1, "Give the filter a name.")
    .max(60, "Name the filter in at most 60 characters."),
  query: ZFilterQuery,
});
export const ZSaveOutput = ZSavedFilter;
