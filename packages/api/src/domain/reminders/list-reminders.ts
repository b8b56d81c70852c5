import type { Prisma, PrismaClient } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { REMINDER_SELECT, type TReminderRow } from "./reminder-select";

export type TReminderFilter = {
  /** mine: reminders I own; all: every reminder I may view. */
  view: "mine" | "all";
  state: "open" | "resolved" | "any";
  /** Only the reminders on this record (a card or a task shows its own). */
  taskId?: string | undefined;
  companyId?: string | undefined;
  contactId?: string | undefined;
  dealId?: string | undefined;
};

export function buildReminderWhere(
  scope: { projectId: string; employeeId: string },
  filter: TReminderFilter,
): Prisma.ReminderWhereInput {
  return {
    projectId: scope.projectId,
    ...(filter.view === "mine" ? { responsibleId: scope.employeeId } : {}),
    ...(filter.state === "open" ? { resolvedAt: null } : {}),
    ...(filter.state === "resolved" ? { resolvedAt: { not: null } } : {}),
    ...(filter.taskId ? { taskId: filter.taskId } : {}),
    ...(filter.companyId ? { companyId: filter.companyId } : {}),
    ...(filter.contactId ? { contactId: filter.contactId } : {}),
    ...(filter.dealId ? { dealId: filter.dealId } : {}),
  };
}

/**
 * Soonest first, by when it is due; the id breaks ties. The shared keyset cursor holds any
 * (instant, id) position: here the instant is `remindAt`, and pages move forward in time.
 */
export async function listReminders(
  db: PrismaClient,
  input: {
    reach: Prisma.ReminderWhereInput;
    where: Prisma.ReminderWhereInput;
    cursor?: TKeysetCursor | undefined;
    limit: number;
  },
): Promise<{ items: TReminderRow[]; nextCursor: TKeysetCursor | null }> {
  const after: Prisma.ReminderWhereInput = input.cursor
    ? {
        OR: [
          { remindAt: { gt: input.cursor.updatedAt } },
          { remindAt: input.cursor.updatedAt, id: { gt: input.cursor.id } },
        ],
      }
    : {};
  const rows = await db.reminder.findMany({
    where: { AND: [input.reach, input.where, after] },
    orderBy: [{ remindAt: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: REMINDER_SELECT,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? { updatedAt: last.remindAt, id: last.id } : null;
  return { items, nextCursor };
}

/** One reminder within reach; outside reach it does not exist (D7). */
export async function findReminderOrThrow(
  db: PrismaClient,
  where: { id: string; reach: Prisma.ReminderWhereInput },
): Promise<TReminderRow> {
  const row = await db.reminder.findFirst({
    where: { AND: [{ id: where.id }, where.reach] },
    select: REMINDER_SELECT,
  });
  if (!row) throw notFound("reminder");
  return row;
}
