import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ACTIVITY_KINDS } from "../../domain/reports/activities-by-employee";
import { ZActivityReportFilters, ZNamed } from "./report.schema";

/**
 * The report's own filters, unchanged, and the cell to open: an employee's row, a kind's
 * column, or both (leave one out for a total).
 */
export const ZActivitiesBehindInput = z.strictObject({
  filters: ZActivityReportFilters,
  figure: z.strictObject({
    responsibleId: z.uuid("responsibleId is not a valid id.").optional(),
    kind: z.enum(ACTIVITY_KINDS).optional(),
  }),
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZActivitiesBehindOutput = z.object({
  total: z.number().int().describe("How many activities the figure counts: the figure itself."),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(ACTIVITY_KINDS),
      subject: z.string(),
      occurredAt: z.date(),
      durationMinutes: z.number().int().nullable(),
      updatedAt: z.date(),
      responsible: ZNamed,
    }),
  ),
  nextCursor: z.string().nullable(),
});
