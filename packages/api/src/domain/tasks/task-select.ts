import type { Prisma } from "@charter/db/client";

import type { TLinkColumns } from "../access/visible-links";

/**
 * What every task answer is built from. People travel with their names, as they do on every
 * record's responsible; linked records are named through `TASK_LINKS` only where the caller
 * may view them (a task the caller may see can hang on a deal they may not, D7).
 */
export const TASK_SELECT = {
  id: true,
  title: true,
  description: true,
  status: true,
  dueAt: true,
  completedAt: true,
  assignee: { select: { id: true, name: true } },
  participants: {
    select: { employee: { select: { id: true, name: true } } },
    orderBy: { employee: { name: "asc" } },
  },
  companyId: true,
  contactId: true,
  dealId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.TaskSelect;

/** The task's link columns and what they link to, for `withVisibleLinks`. */
export const TASK_LINKS = {
  companyId: "company",
  contactId: "contact",
  dealId: "deal",
} as const satisfies TLinkColumns;

type TTaskRow = Prisma.TaskGetPayload<{ select: typeof TASK_SELECT }>;

export type TTask = Omit<TTaskRow, "participants"> & {
  participants: { id: string; name: string }[];
};

export function presentTask(row: TTaskRow): TTask {
  return { ...row, participants: row.participants.map((participant) => participant.employee) };
}

export type TTaskStatus = "open" | "done" | "cancelled";

/** The fields a person writes on a task; status moves only through complete/reopen/cancel. */
export type TTaskFields = {
  title: string;
  description?: string | null | undefined;
  dueAt?: Date | null | undefined;
  assigneeId?: string | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  dealId?: string | null | undefined;
};
