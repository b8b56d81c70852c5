import type { Prisma, PrismaClient } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { afterCursor, KEYSET_ORDER, toKeysetPage } from "../pagination/keyset-page";
import { presentTask, TASK_SELECT, type TTask, type TTaskStatus } from "./task-select";

/**
 * Which tasks: `mine` — assigned to me or I take part; `setByMe` — I own them (responsible);
 * `all` — every task I may view. Each is a narrowing inside the permission reach, never a
 * widening: a task outside reach is in no view (D7).
 */
export type TTaskView = "mine" | "setByMe" | "all";

export type TTaskFilter = {
  view: TTaskView;
  statuses?: TTaskStatus[] | undefined;
  /** Inclusive. */
  dueFrom?: Date | undefined;
  /** Exclusive. */
  dueTo?: Date | undefined;
  dealId?: string | undefined;
  companyId?: string | undefined;
  contactId?: string | undefined;
};

export function buildTaskWhere(
  scope: { projectId: string; employeeId: string },
  filter: TTaskFilter,
): Prisma.TaskWhereInput {
  const me = scope.employeeId;
  const view: Prisma.TaskWhereInput =
    filter.view === "mine"
      ? { OR: [{ assigneeId: me }, { participants: { some: { employeeId: me } } }] }
      : filter.view === "setByMe"
        ? { responsibleId: me }
        : {};
  const due =
    filter.dueFrom || filter.dueTo
      ? {
          ...(filter.dueFrom ? { gte: filter.dueFrom } : {}),
          ...(filter.dueTo ? { lt: filter.dueTo } : {}),
        }
      : undefined;
  return {
    ...view,
    projectId: scope.projectId,
    ...(filter.statuses ? { status: { in: filter.statuses } } : {}),
    ...(due ? { dueAt: due } : {}),
    ...(filter.dealId ? { dealId: filter.dealId } : {}),
    ...(filter.companyId ? { companyId: filter.companyId } : {}),
    ...(filter.contactId ? { contactId: filter.contactId } : {}),
  };
}

/** Newest change first, a page at a time (the shared keyset order and cursor). */
export async function listTasks(
  db: PrismaClient,
  input: {
    reach: Prisma.TaskWhereInput;
    where: Prisma.TaskWhereInput;
    cursor?: TKeysetCursor | undefined;
    limit: number;
  },
): Promise<{ items: TTask[]; nextCursor: string | null }> {
  const rows = await db.task.findMany({
    where: { AND: [input.reach, input.where, afterCursor(input.cursor)] },
    orderBy: [...KEYSET_ORDER],
    take: input.limit + 1,
    select: TASK_SELECT,
  });
  const page = toKeysetPage(rows, input.limit);
  return { items: page.items.map(presentTask), nextCursor: page.nextCursor };
}

export async function countTasks(
  db: PrismaClient,
  input: { reach: Prisma.TaskWhereInput; where: Prisma.TaskWhereInput },
): Promise<number> {
  return db.task.count({ where: { AND: [input.reach, input.where] } });
}

/** One task within reach; outside reach it does not exist (D7). */
export async function findTaskOrThrow(
  db: PrismaClient,
  where: { id: string; reach: Prisma.TaskWhereInput },
): Promise<TTask> {
  const row = await db.task.findFirst({
    where: { AND: [{ id: where.id }, where.reach] },
    select: TASK_SELECT,
  });
  if (!row) throw notFound("task");
  return presentTask(row);
}
