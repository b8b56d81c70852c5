import { z } from "zod";

import { ZEmployeeCursor } from "../../domain/employees/employee-cursor";

export const ZDirectoryInput = z.strictObject({
  /** Part of a name, position or department name, matched literally and case-insensitively. */
  search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  cursor: ZEmployeeCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZDirectoryOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      position: z.string().nullable(),
      department: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
