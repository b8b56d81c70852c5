import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";
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
      /** What it hangs on, named only where the caller may view it, else null (D7). */
      company: ZLink,
      contact: ZLink,
      deal: ZLink,
      updatedAt: z.date(),
      responsible: ZNamed,
    }),
  ),
  nextCursor: z.string().nullable(),
});
