import type { Prisma } from "@charter/db/client";

import type { TProjectScope, TDbClient } from "../access/project-scope";
import { findVisibleLinks, type TLink } from "../access/visible-links";
import { fieldAccessOf, stripHiddenFields } from "../fields/built-in-fields";

/** What every deal answer is built from; the output schemas name exactly the presented fields. */
export const DEAL_SELECT = {
  id: true,
  title: true,
  amount: true,
  currency: true,
  status: true,
  expectedCloseAt: true,
  closedAt: true,
  pipelineId: true,
  stage: { select: { id: true, name: true, outcome: true, probability: true } },
  companyId: true,
  contactId: true,
  partnerId: true,
  interestId: true,
  responsible: { select: { id: true, name: true } },
  directionId: true,
  departmentId: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.DealSelect;

export type TDealRow = Prisma.DealGetPayload<{ select: typeof DEAL_SELECT }>;

export type TDeal = Omit<
  TDealRow,
  "amount" | "expectedCloseAt" | "companyId" | "contactId" | "partnerId" | "interestId"
> & {
  /** Absent when a field rule hides it from the caller. */
  amount?: string;
  expectedCloseAt?: Date | null;
  company: TLink;
  contact: TLink;
  partner: TLink;
  interest: TLink;
};

/**
 * Deals as this caller may read them: amounts as decimal strings, links named only when the
 * caller may view the linked record, and fields their roles hide left out (they never leave
 * the server).
 */
export async function presentDeals(
  scope: TProjectScope,
  db: TDbClient,
  rows: TDealRow[],
): Promise<TDeal[]> {
  const access = fieldAccessOf(scope.subject, "deal");
  const links = await findVisibleLinks(scope, db, {
    company: rows.flatMap((row) => [row.companyId, row.partnerId]),
    contact: rows.map((row) => row.contactId),
    interest: rows.map((row) => row.interestId),
  });
  return rows.map(({ companyId, contactId, partnerId, interestId, amount, ...row }) =>
    stripHiddenFields(
      {
        ...row,
        amount: amount.toFixed(2),
        company: links.company(companyId),
        contact: links.contact(contactId),
        partner: links.company(partnerId),
        interest: links.interest(interestId),
      },
      access,
    ),
  );
}

export async function presentDeal(
  scope: TProjectScope,
  db: TDbClient,
  row: TDealRow,
): Promise<TDeal> {
  const [deal] = await presentDeals(scope, db, [row]);
  if (!deal) throw new Error("presentDeals returned no deal for one row.");
  return deal;
}
