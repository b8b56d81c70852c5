import type { Subject } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import { fieldAccessOf, stripHiddenFields } from "../fields/built-in-fields";

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

/** A company as this subject may read it: fields their roles hide are left out. */
export function presentCompanyFor(subject: Subject): (row: TCompanyRow) => TCompanyRow {
  const access = fieldAccessOf(subject, "company");
  return (row) => stripHiddenFields(row, access);
}
