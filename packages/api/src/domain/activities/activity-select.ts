import type { Prisma } from "@charter/db/client";

/**
 * What every activity answer carries; the output schemas name exactly these fields. Linked
 * records travel as ids only: an activity the caller may see (a monitored call) can hang on
 * a company they may not, and its name must not leave the server through the activity.
 */
export const ACTIVITY_SELECT = {
  id: true,
  kind: true,
  subject: true,
  body: true,
  occurredAt: true,
  durationMinutes: true,
  companyId: true,
  contactId: true,
  objectId: true,
  dealId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.ActivitySelect;

export type TActivityRow = Prisma.ActivityGetPayload<{ select: typeof ACTIVITY_SELECT }>;

export type TActivityKind = "call" | "meeting" | "note" | "email";

/** The fields a person writes on an activity; responsible, project and direction are set here. */
export type TActivityFields = {
  kind: TActivityKind;
  subject: string;
  body?: string | null | undefined;
  occurredAt?: Date | undefined;
  durationMinutes?: number | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  objectId?: string | null | undefined;
  dealId?: string | null | undefined;
};
