import type { ActivityKind, Prisma, PrismaClient } from "@charter/db/client";

import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { activityFigureWhere } from "./activities-by-employee";
import { readConsistently, type TReportQuery } from "./report-query";

/** A cell of activities per employee; leave a side out for a row's or a column's total. */
export type TActivityFigure = {
  responsibleId?: string | undefined;
  kind?: ActivityKind | undefined;
};

const ACTIVITY_BEHIND_SELECT = {
  id: true,
  kind: true,
  subject: true,
  occurredAt: true,
  durationMinutes: true,
  companyId: true,
  contactId: true,
  dealId: true,
  updatedAt: true,
  responsible: { select: { id: true, name: true } },
} as const satisfies Prisma.ActivitySelect;

export type TActivityBehind = Prisma.ActivityGetPayload<{ select: typeof ACTIVITY_BEHIND_SELECT }>;

/** The activities behind a figure, newest change first, a page at a time, with their count. */
export async function listActivitiesBehind(
  db: PrismaClient,
  query: TReportQuery,
  input: { figure: TActivityFigure; cursor?: TKeysetCursor | undefined; limit: number },
): Promise<{ total: number; items: TActivityBehind[]; nextCursor: TKeysetCursor | null }> {
  const where = activityFigureWhere(query, input.figure);
  const after: Prisma.ActivityWhereInput = input.cursor
    ? {
        OR: [
          { updatedAt: { lt: input.cursor.updatedAt } },
          { updatedAt: input.cursor.updatedAt, id: { lt: input.cursor.id } },
        ],
      }
    : {};
  const { total, rows } = await readConsistently(db, async (tx) => ({
    total: await tx.activity.count({ where }),
    rows: await tx.activity.findMany({
      where: { AND: [where, after] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      select: ACTIVITY_BEHIND_SELECT,
    }),
  }));
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    total,
    items,
    nextCursor:
      rows.length > input.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null,
  };
}
