import type { Prisma, PrismaClient } from "@charter/db/client";

import type { TResolvedFilters } from "./report-filters";

/**
 * Everything a report's queries need: the user's filters, checked, and the engine's reach
 * on each resource the report reads (`ctx.reach(resource, "view")`), which every query puts
 * beside the filters so a figure only ever counts records the caller may view (SPEC D7).
 */
export type TReportQuery = {
  filters: TResolvedFilters;
  dealReach: Prisma.DealWhereInput;
  activityReach: Prisma.ActivityWhereInput;
  /** A field rule hides deal amounts: no sum is computed from them. */
  amountHidden: boolean;
  /** A field rule hides deals' expected close dates: not shown, and not filtered by. */
  expectedCloseHidden: boolean;
};

/**
 * Runs a drill-down's count and page on one snapshot, so the total it reports is the number of
 * rows its pages hold even while deals change underneath.
 */
export function readConsistently<T>(
  db: PrismaClient,
  read: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return db.$transaction(read, { isolationLevel: "RepeatableRead", timeout: 30_000 });
}
