import type { Prisma } from "@charter/db/client";

import type { TLinkColumns } from "../access/visible-links";

/** What every document answer carries; the output schemas name exactly these fields. */
export const DOCUMENT_SELECT = {
  id: true,
  templateId: true,
  kind: true,
  status: true,
  number: true,
  title: true,
  companyId: true,
  contactId: true,
  dealId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.DocumentSelect;

/** The document's record links and what they link to, for `withVisibleLinks` (D7). */
export const DOCUMENT_LINKS = {
  companyId: "company",
  contactId: "contact",
  dealId: "deal",
} as const satisfies TLinkColumns;

export const DOCUMENT_WITH_BODY_SELECT = {
  ...DOCUMENT_SELECT,
  bodyHtml: true,
} as const satisfies Prisma.DocumentSelect;

export type TDocumentRow = Prisma.DocumentGetPayload<{ select: typeof DOCUMENT_SELECT }>;
export type TDocumentWithBody = Prisma.DocumentGetPayload<{
  select: typeof DOCUMENT_WITH_BODY_SELECT;
}>;
