import type { Prisma } from "@charter/db/client";

import type { TLinkColumns } from "../access/visible-links";

/** What every reminder answer is built from; answers name its links through `REMINDER_LINKS`. */
export const REMINDER_SELECT = {
  id: true,
  title: true,
  remindAt: true,
  resolvedAt: true,
  taskId: true,
  companyId: true,
  contactId: true,
  dealId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.ReminderSelect;

/** The reminder's link columns and what they link to, for `withVisibleLinks` (D7). */
export const REMINDER_LINKS = {
  taskId: "task",
  companyId: "company",
  contactId: "contact",
  dealId: "deal",
} as const satisfies TLinkColumns;

export type TReminderRow = Prisma.ReminderGetPayload<{ select: typeof REMINDER_SELECT }>;

/** The fields a person writes on a reminder; resolving has its own procedure. */
export type TReminderFields = {
  title: string;
  remindAt: Date;
  taskId?: string | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  dealId?: string | null | undefined;
};
