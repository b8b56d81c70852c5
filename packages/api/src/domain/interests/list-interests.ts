import type { Prisma } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TProjectScope } from "../access/project-scope";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { afterCursor, KEYSET_ORDER, toKeysetPage } from "../pagination/keyset-page";
import { escapeLike } from "../search/escape-like";
import {
  INTEREST_SELECT,
  presentInterest,
  presentInterests,
  type TInterest,
} from "./interest-select";

export type TInterestFilter = {
  search?: string | undefined;
  status?: "new" | "qualified" | "converted" | "discarded" | undefined;
  responsibleId?: string | undefined;
  companyId?: string | undefined;
};

/**
 * The caller's filters and the engine's view reach in one where. Search is a case-insensitive
 * contains on title and source, matching the text literally.
 */
function buildInterestWhere(
  scope: TProjectScope,
  filter: TInterestFilter,
): Prisma.InterestWhereInput {
  const own: Prisma.InterestWhereInput = {
    projectId: scope.project.id,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.responsibleId ? { responsibleId: filter.responsibleId } : {}),
    ...(filter.companyId ? { companyId: filter.companyId } : {}),
  };
  if (filter.search) {
    const contains = { contains: escapeLike(filter.search), mode: "insensitive" } as const;
    own.OR = [{ title: contains }, { source: contains }];
  }
  return { AND: [scope.reach("interest", "view"), own] };
}

export async function listInterests(
  scope: TProjectScope,
  input: TInterestFilter & { cursor?: TKeysetCursor | undefined; limit: number },
): Promise<{ items: TInterest[]; nextCursor: string | null }> {
  const rows = await scope.db.interest.findMany({
    where: { AND: [buildInterestWhere(scope, input), afterCursor(input.cursor)] },
    orderBy: [...KEYSET_ORDER],
    take: input.limit + 1,
    select: INTEREST_SELECT,
  });
  const page = toKeysetPage(rows, input.limit);
  return {
    items: await presentInterests(scope, scope.db, page.items),
    nextCursor: page.nextCursor,
  };
}

export async function countInterests(
  scope: TProjectScope,
  filter: TInterestFilter,
): Promise<number> {
  return scope.db.interest.count({ where: buildInterestWhere(scope, filter) });
}

/** One interest within view reach; outside it, it does not exist (D7). */
export async function findInterestOrThrow(scope: TProjectScope, id: string): Promise<TInterest> {
  const row = await scope.db.interest.findFirst({
    where: { AND: [{ id }, scope.reach("interest", "view")] },
    select: INTEREST_SELECT,
  });
  if (!row) throw notFound("interest");
  return presentInterest(scope, scope.db, row);
}
