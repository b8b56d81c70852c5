import type { Prisma } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TProjectScope } from "../access/project-scope";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { KEYSET_ORDER, afterCursor, toKeysetPage } from "../pagination/keyset-page";
import { escapeLike } from "../search/escape-like";
import { DEAL_SELECT, presentDeals, type TDeal, type TDealRow } from "./deal-select";

export type TDealFilter = {
  search?: string | undefined;
  pipelineId?: string | undefined;
  stageId?: string | undefined;
  status?: "open" | "won" | "lost" | undefined;
  responsibleId?: string | undefined;
  companyId?: string | undefined;
};

/**
 * The caller's filters and the engine's view reach in one where, so a list, a count and the
 * board all read exactly the deals the caller may view. Search is a case-insensitive contains
 * on the title, matching the text literally (`%` finds a percent sign).
 */
export function buildDealWhere(scope: TProjectScope, filter: TDealFilter): Prisma.DealWhereInput {
  const own: Prisma.DealWhereInput = {
    projectId: scope.project.id,
    ...(filter.pipelineId ? { pipelineId: filter.pipelineId } : {}),
    ...(filter.stageId ? { stageId: filter.stageId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.responsibleId ? { responsibleId: filter.responsibleId } : {}),
    ...(filter.companyId ? { companyId: filter.companyId } : {}),
    ...(filter.search
      ? { title: { contains: escapeLike(filter.search), mode: "insensitive" } }
      : {}),
  };
  return { AND: [scope.reach("deal", "view"), own] };
}

export async function listDeals(
  scope: TProjectScope,
  input: TDealFilter & { cursor?: TKeysetCursor | undefined; limit: number },
): Promise<{ items: TDeal[]; nextCursor: string | null }> {
  const rows = await scope.db.deal.findMany({
    where: { AND: [buildDealWhere(scope, input), afterCursor(input.cursor)] },
    orderBy: [...KEYSET_ORDER],
    take: input.limit + 1,
    select: DEAL_SELECT,
  });
  const page = toKeysetPage(rows, input.limit);
  return { items: await presentDeals(scope, scope.db, page.items), nextCursor: page.nextCursor };
}

export async function countDeals(scope: TProjectScope, filter: TDealFilter): Promise<number> {
  return scope.db.deal.count({ where: buildDealWhere(scope, filter) });
}

/** One deal within view reach; outside it, it does not exist (D7). */
export async function findDealRowOrThrow(scope: TProjectScope, id: string): Promise<TDealRow> {
  const row = await scope.db.deal.findFirst({
    where: { AND: [{ id }, scope.reach("deal", "view")] },
    select: DEAL_SELECT,
  });
  if (!row) throw notFound("deal");
  return row;
}
