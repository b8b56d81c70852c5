import { z } from "zod";

import { ZActivityReportFilters, ZNamed } from "./report.schema";

/** The period is when the activity took place. */
export const ZActivitiesInput = ZActivityReportFilters;

const ZKindCounts = z.object({
  call: z.number().int(),
  meeting: z.number().int(),
  note: z.number().int(),
  email: z.number().int(),
});

export const ZActivitiesOutput = z.object({
  employees: z.array(z.object({ employee: ZNamed, total: z.number().int(), byKind: ZKindCounts })),
  totals: z.object({ total: z.number().int(), byKind: ZKindCounts }),
});
