import type { Prisma } from "@charter/db/client";

/** What every contact answer carries; the output schemas name exactly these fields. */
export const CONTACT_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  position: true,
  companyId: true,
  typeId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.ContactSelect;

export type TContactRow = Prisma.ContactGetPayload<{ select: typeof CONTACT_SELECT }>;

/**
 * A contact's answer with its company named, in the same Prisma query: a nullable to-one
 * relation takes a `where`, so the company comes back only inside the caller's view reach
 * (D7) and is `null` otherwise, as if unlinked. Prisma loads it for a whole page at once
 * (`id IN (…) AND reach`), never one statement per contact.
 */
export function contactWithCompanySelect(companyReach: Prisma.CompanyWhereInput) {
  return {
    ...CONTACT_SELECT,
    company: { select: { id: true, name: true }, where: companyReach },
  } as const satisfies Prisma.ContactSelect;
}

export type TContactWithCompanyRow = Prisma.ContactGetPayload<{
  select: ReturnType<typeof contactWithCompanySelect>;
}>;

/** The fields a person edits on a contact; the permission facts are set by the API. */
export type TContactFields = {
  firstName: string;
  lastName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  companyId?: string | null | undefined;
  typeId?: string | null | undefined;
};
