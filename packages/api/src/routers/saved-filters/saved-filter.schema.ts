import { z } from "zod";

import { SAVED_FILTER_LISTS } from "../../domain/saved-filters/saved-filters";

export const ZSavedFilterList = z.enum(SAVED_FILTER_LISTS, {
  error: `list must be one of ${SAVED_FILTER_LISTS.join(", ")}.`,
});

/**
 * A list's filters as its URL keeps them (`stage` → an id, `search` → text). Applying one
 * goes through the list's own procedure and reach, so a saved filter can never widen what
 * its owner sees; the limits only keep a stored row small.
 */
export const ZFilterQuery = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, "A filter key is a short identifier."),
    z.string().max(500, "A filter value has at most 500 characters."),
  )
  .refine((query) => Object.keys(query).length <= 20, "Keep at most 20 filters in one.");

export const ZSavedFilter = z.object({
  id: z.string(),
  list: ZSavedFilterList,
  name: z.string(),
  query: z.record(z.string(), z.string()),
  updatedAt: z.date(),
});

export type TFilterQuery = z.infer<typeof ZFilterQuery>;
export type TSavedFilter = z.infer<typeof ZSavedFilter>;
