import type { Prisma } from "@charter/db/client";

import type { TLinkColumns } from "../access/visible-links";

/**
 * What every activity answer is built from. An activity the caller may see (a monitored call)
 * can hang on a company they may not: answers name its links through `ACTIVITY_LINKS`, so
 * neither that company's name nor its id leaves the server through the activity (D7).
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

/** The activity's link columns and what they link to, for `withVisibleLinks`. */
export const ACTIVITY_LINKS = {
  companyId: "company",
  contactId: "contact",
  objectId: "object",
  dealId: "deal",
} as const satisfies TLinkColumns;

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
