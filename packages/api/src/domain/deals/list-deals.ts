import type { Prisma } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TProjectScope } from "../access/project-scope";
import { afterKeyset } from "../pagination/sorted-keyset";
import { escapeLike } from "../search/escape-like";
import { dealCursorKeyOrThrow, encodeDealCursor, type TDealCursor } from "./deal-cursor";
import { DEAL_SELECT, presentDeals, type TDeal, type TDealRow } from "./deal-select";
import {
  assertDealSortAllowed,
  DEAL_SORT_SELECT,
  dealSortColumns,
  DEFAULT_DEAL_SORT,
  type TDealSort,
} from "./deal-sort";

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

/**
 * A page of the list in the caller's order (newest change first without one), the deal's id
 * breaking ties and nulls last, continued from the cursor of the page before. An order by a
 * field hidden from the caller is refused, and so is a cursor made for another order.
 */
export async function listDeals(
  scope: TProjectScope,
  input: TDealFilter & {
    sort?: TDealSort | undefined;
    cursor?: TDealCursor | undefined;
    limit: number;
  },
): Promise<{ items: TDeal[]; nextCursor: string | null }> {
  const sort = input.sort ?? DEFAULT_DEAL_SORT;
  assertDealSortAllowed(scope.subject, sort);
  const columns = dealSortColumns(sort.by);
  const after = input.cursor
    ? afterKeyset(columns, sort.direction, dealCursorKeyOrThrow(input.cursor, sort, columns))
    : {};
  const rows = await scope.db.deal.findMany({
    where: { AND: [buildDealWhere(scope, input), after] },
    orderBy: columns.map((column) => column.orderBy(sort.direction)),
    take: input.limit + 1,
    select: DEAL_SORT_SELECT,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: await presentDeals(scope, scope.db, items),
    nextCursor:
      rows.length > input.limit && last
        ? encodeDealCursor(
            sort,
            columns.map((column) => column.read(last)),
          )
        : null,
  };
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
