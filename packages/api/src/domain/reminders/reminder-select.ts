import type { Prisma } from "@charter/db/client";

/** What every reminder answer carries; linked records travel as ids only. */
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
