import type { Prisma, PrismaClient } from "@charter/db/client";

import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { ACTIVITY_SELECT, type TActivityKind, type TActivityRow } from "./activity-select";

export type TActivityFilter = {
  kinds?: TActivityKind[] | undefined;
  companyId?: string | undefined;
  contactId?: string | undefined;
  objectId?: string | undefined;
  dealId?: string | undefined;
  responsibleId?: string | undefined;
  /** Inclusive. */
  from?: Date | undefined;
  /** Exclusive, so consecutive periods never count an activity twice. */
  to?: Date | undefined;
};

/** The user's filter; the caller adds the permission reach beside it in the same `AND`. */
export function buildActivityWhere(
  projectId: string,
  filter: TActivityFilter,
): Prisma.ActivityWhereInput {
  const occurredAt =
    filter.from || filter.to
      ? {
          ...(filter.from ? { gte: filter.from } : {}),
          ...(filter.to ? { lt: filter.to } : {}),
        }
      : undefined;
  return {
    projectId,
    ...(filter.kinds ? { kind: { in: filter.kinds } } : {}),
    ...(filter.companyId ? { companyId: filter.companyId } : {}),
    ...(filter.contactId ? { contactId: filter.contactId } : {}),
    ...(filter.objectId ? { objectId: filter.objectId } : {}),
    ...(filter.dealId ? { dealId: filter.dealId } : {}),
    ...(filter.responsibleId ? { responsibleId: filter.responsibleId } : {}),
    ...(occurredAt ? { occurredAt } : {}),
  };
}

/**
 * Newest first, by when it happened; the id breaks ties so a page boundary never skips or
 * repeats a row. The shared keyset cursor holds any (instant, id) position: here the instant
 * is `occurredAt`.
 */
export async function listActivities(
  db: PrismaClient,
  input: {
    reach: Prisma.ActivityWhereInput;
    where: Prisma.ActivityWhereInput;
    cursor?: TKeysetCursor | undefined;
    limit: number;
  },
): Promise<{ items: TActivityRow[]; nextCursor: TKeysetCursor | null }> {
  const after: Prisma.ActivityWhereInput = input.cursor
    ? {
        OR: [
          { occurredAt: { lt: input.cursor.updatedAt } },
          { occurredAt: input.cursor.updatedAt, id: { lt: input.cursor.id } },
        ],
      }
    : {};
  const rows = await db.activity.findMany({
    where: { AND: [input.reach, input.where, after] },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: ACTIVITY_SELECT,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? { updatedAt: last.occurredAt, id: last.id } : null;
  return { items, nextCursor };
}

export async function countActivities(
  db: PrismaClient,
  input: { reach: Prisma.ActivityWhereInput; where: Prisma.ActivityWhereInput },
): Promise<number> {
  return db.activity.count({ where: { AND: [input.reach, input.where] } });
}

/**
 * A client card's history: a company's activities include those logged on its contacts too.
 * The card itself must be one the caller may view (the caller checks it first).
 */
export function buildTimelineWhere(
  projectId: string,
  of: { companyId: string } | { contactId: string },
): Prisma.ActivityWhereInput {
  if ("contactId" in of) return { projectId, contactId: of.contactId };
  return {
    projectId,
    OR: [{ companyId: of.companyId }, { contact: { is: { companyId: of.companyId } } }],
  };
}
