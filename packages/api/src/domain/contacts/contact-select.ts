import type { Subject } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import type { TLinkColumns } from "../access/visible-links";
import { fieldAccessOf, stripHiddenFields } from "../fields/built-in-fields";

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
 * A contact as this subject may read it: fields their roles hide are left out, a hidden
 * company link included (`withVisibleLinks` then names no company either).
 */
export function presentContactFor(subject: Subject): (row: TContactRow) => TContactRow {
  const access = fieldAccessOf(subject, "contact");
  return (row) => stripHiddenFields(row, access);
}

/**
 * A contact's company, named in answers only inside the caller's view reach (D7) and `null`
 * otherwise, as if unlinked: `withVisibleLinks` reads the names for a whole page at once.
 */
export const CONTACT_LINKS = { companyId: "company" } as const satisfies TLinkColumns;

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
