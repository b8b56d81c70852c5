import type { Prisma } from "@charter/db/client";

/** What every company answer carries; the output schemas name exactly these fields. */
export const COMPANY_SELECT = {
  id: true,
  name: true,
  registrationNumber: true,
  vatId: true,
  email: true,
  phone: true,
  website: true,
  street: true,
  city: true,
  postalCode: true,
  country: true,
  isPartner: true,
  typeId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.CompanySelect;

export type TCompanyRow = Prisma.CompanyGetPayload<{ select: typeof COMPANY_SELECT }>;
