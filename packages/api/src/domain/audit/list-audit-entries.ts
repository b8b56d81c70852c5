import type { Prisma, PrismaClient } from "@charter/db/client";

import type { TKeysetCursor } from "../pagination/keyset-cursor";

export type TAuditFilters = {
  employeeId?: string;
  actorEmail?: string;
  action?: string;
  resource?: string;
  recordId?: string;
  from?: Date;
  to?: Date;
};

export type TAuditPage = {
  items: {
    id: string;
    createdAt: Date;
    action: string;
    resource: string | null;
    recordId: string | null;
    employeeId: string | null;
    actorEmail: string | null;
    ip: string | null;
    before: Prisma.JsonValue;
    after: Prisma.JsonValue;
  }[];
  // The keyset position of the last item (createdAt stands in the cursor's time slot).
  nextCursor: TKeysetCursor | null;
};

/**
 * The project's audit log, newest first (SPEC E3). Failed sign-ins belong to no project, so
 * they are shown to a project when the e-mail tried is one of its people's.
 */
export async function listAuditEntries(
  db: PrismaClient,
  input: { projectId: string; filters: TAuditFilters; cursor?: TKeysetCursor; limit: number },
): Promise<TAuditPage> {
  const { projectId, filters, cursor, limit } = input;
  const members = await db.user.findMany({
    where: { employees: { some: { projectId } } },
    select: { email: true },
  });
  const where: Prisma.AuditEntryWhereInput = {
    AND: [
      {
        OR: [
          { projectId },
          { projectId: null, actorEmail: { in: members.map((member) => member.email) } },
        ],
      },
      filters.employeeId ? { employeeId: filters.employeeId } : {},
      filters.actorEmail ? { actorEmail: filters.actorEmail.toLowerCase() } : {},
      filters.action ? { action: filters.action } : {},
      filters.resource ? { resource: filters.resource } : {},
      filters.recordId ? { recordId: filters.recordId } : {},
      filters.from || filters.to ? { createdAt: { gte: filters.from, lt: filters.to } } : {},
      cursor
        ? {
            OR: [
              { createdAt: { lt: cursor.updatedAt } },
              { createdAt: cursor.updatedAt, id: { lt: cursor.id } },
            ],
          }
        : {},
    ],
  };
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      resource: true,
      recordId: true,
      employeeId: true,
      actorEmail: true,
      ip: true,
      before: true,
      after: true,
    },
  });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? { updatedAt: last.createdAt, id: last.id } : null,
  };
}
