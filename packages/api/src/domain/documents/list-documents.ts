import type { DocumentKind, DocumentStatus, Prisma } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TDbClient, TProjectScope } from "../access/project-scope";
import { withVisibleLinks } from "../access/visible-links";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { afterCursor, KEYSET_ORDER, toKeysetPage } from "../pagination/keyset-page";
import {
  DOCUMENT_LINKS,
  DOCUMENT_SELECT,
  DOCUMENT_WITH_BODY_SELECT,
  type TDocumentWithBody,
} from "./document-select";

export type TDocumentFilters = {
  kind?: DocumentKind | undefined;
  status?: DocumentStatus | undefined;
  companyId?: string | undefined;
  contactId?: string | undefined;
  dealId?: string | undefined;
};

/** The user's filters and the engine's reach, in one query, a page at a time (D7, D9). */
export async function listDocuments(
  scope: TProjectScope,
  input: TDocumentFilters & { cursor?: TKeysetCursor | undefined; limit: number },
) {
  const { cursor, limit, ...filters } = input;
  const where: Prisma.DocumentWhereInput = {
    projectId: scope.project.id,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.companyId ? { companyId: filters.companyId } : {}),
    ...(filters.contactId ? { contactId: filters.contactId } : {}),
    ...(filters.dealId ? { dealId: filters.dealId } : {}),
  };
  const rows = await scope.db.document.findMany({
    where: { AND: [scope.reach("document", "view"), where, afterCursor(cursor)] },
    orderBy: [...KEYSET_ORDER],
    take: limit + 1,
    select: DOCUMENT_SELECT,
  });
  const page = toKeysetPage(rows, limit);
  return { ...page, items: await withVisibleLinks(scope, page.items, DOCUMENT_LINKS) };
}

/** One document with its HTML; outside the caller's reach it does not exist (D7). */
export async function findDocumentOrThrow(
  scope: TProjectScope,
  id: string,
  db: TDbClient = scope.db,
): Promise<TDocumentWithBody> {
  const row = await db.document.findFirst({
    where: { AND: [{ id }, scope.reach("document", "view")] },
    select: DOCUMENT_WITH_BODY_SELECT,
  });
  if (!row) throw notFound("document");
  return row;
}
