import type { Prisma } from "@charter/db/client";

import type { TDbClient, TProjectScope } from "../access/project-scope";
import { findVisibleLinks, type TLink } from "../access/visible-links";

/** What every interest answer is built from; the output schema names the presented fields. */
export const INTEREST_SELECT = {
  id: true,
  title: true,
  source: true,
  status: true,
  companyId: true,
  contactId: true,
  productId: true,
  responsible: { select: { id: true, name: true } },
  directionId: true,
  departmentId: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.InterestSelect;

export type TInterestRow = Prisma.InterestGetPayload<{ select: typeof INTEREST_SELECT }>;

export type TInterest = Omit<TInterestRow, "companyId" | "contactId" | "productId"> & {
  company: TLink;
  contact: TLink;
  product: TLink;
};

/** The fields a person edits on an interest; the permission facts are set by the API. */
export type TInterestFields = {
  title: string;
  source?: string | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  productId?: string | null | undefined;
};

/** Interests with their links named only where the caller may view the linked record (D7). */
export async function presentInterests(
  scope: TProjectScope,
  db: TDbClient,
  rows: TInterestRow[],
): Promise<TInterest[]> {
  const links = await findVisibleLinks(scope, db, {
    company: rows.map((row) => row.companyId),
    contact: rows.map((row) => row.contactId),
    product: rows.map((row) => row.productId),
  });
  return rows.map(({ companyId, contactId, productId, ...row }) => ({
    ...row,
    company: links.company(companyId),
    contact: links.contact(contactId),
    product: links.product(productId),
  }));
}

export async function presentInterest(
  scope: TProjectScope,
  db: TDbClient,
  row: TInterestRow,
): Promise<TInterest> {
  const [interest] = await presentInterests(scope, db, [row]);
  if (!interest) throw new Error("presentInterests returned nothing for one row.");
  return interest;
}
