import type { Prisma, PrismaClient } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import { ACTIVITY_SELECT, type TActivityRow } from "./activity-select";

/** One activity within reach; outside reach it does not exist (D7). */
export async function findActivityOrThrow(
  db: PrismaClient,
  where: { id: string; reach: Prisma.ActivityWhereInput },
): Promise<TActivityRow> {
  const row = await db.activity.findFirst({
    where: { AND: [{ id: where.id }, where.reach] },
    select: ACTIVITY_SELECT,
  });
  if (!row) throw notFound("activity");
  return row;
}
