import { z } from "zod";

import { VIEW_AS_LISTS } from "../../domain/permissions/view-as";

export const ZViewAsInput = z.strictObject({
  employeeId: z.uuid("employeeId must be an employee id."),
  list: z.enum(VIEW_AS_LISTS, { error: `list must be one of ${VIEW_AS_LISTS.join(", ")}.` }),
  search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZViewAsOutput = z.object({
  /** How many records the employee would see (within the caller's own reach). */
  total: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      /** A deal's stage or a task's status; null for companies and contacts. */
      detail: z.string().nullable(),
      responsible: z.string(),
    }),
  ),
});
