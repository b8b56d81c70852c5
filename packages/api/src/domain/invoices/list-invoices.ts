import type { InvoiceStatus, Prisma } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TProjectScope } from "../access/project-scope";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { afterCursor, KEYSET_ORDER, toKeysetPage } from "../pagination/keyset-page";
import {
  INVOICE_SELECT,
  INVOICE_WITH_LINES_SELECT,
  presentInvoice,
  presentInvoiceWithLines,
} from "./invoice-select";
import { withInvoiceLinks } from "./invoice-links";

export type TInvoiceFilters = {
  status?: InvoiceStatus | undefined;
  companyId?: string | undefined;
  /** Due on or after / on or before these dates (inclusive). */
  dueFrom?: Date | undefined;
  dueTo?: Date | undefined;
};

/** The user's filters and the engine's reach, in one query, a page at a time (D7). */
export async function listInvoices(
  scope: TProjectScope,
  input: TInvoiceFilters & { cursor?: TKeysetCursor | undefined; limit: number },
) {
  const where: Prisma.InvoiceWhereInput = {
    projectId: scope.project.id,
    ...(input.status ? { status: input.status } : {}),
    ...(input.companyId ? { companyId: input.companyId } : {}),
    ...(input.dueFrom || input.dueTo
      ? {
          dueAt: {
            ...(input.dueFrom ? { gte: input.dueFrom } : {}),
            ...(input.dueTo ? { lte: input.dueTo } : {}),
          },
        }
      : {}),
  };
  const rows = await scope.db.invoice.findMany({
    where: { AND: [scope.reach("invoice", "view"), where, afterCursor(input.cursor)] },
    orderBy: [...KEYSET_ORDER],
    take: input.limit + 1,
    select: INVOICE_SELECT,
  });
  const page = toKeysetPage(rows, input.limit);
  return {
    items: await withInvoiceLinks(scope, page.items.map(presentInvoice)),
    nextCursor: page.nextCursor,
  };
}

/** One invoice with its lines; outside the caller's reach it does not exist (D7). */
export async function findInvoiceOrThrow(scope: TProjectScope, id: string) {
  const row = await scope.db.invoice.findFirst({
    where: { AND: [{ id }, scope.reach("invoice", "view")] },
    select: INVOICE_WITH_LINES_SELECT,
  });
  if (!row) throw notFound("invoice");
  return presentInvoiceWithLines(row);
}
