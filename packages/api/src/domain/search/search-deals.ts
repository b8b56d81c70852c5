import type { Prisma, PrismaClient } from "@charter/db/client";

import { findRanked, textMatch, type TRankedPage } from "./ranked-search";

export type TDealHit = {
  id: string;
  title: string;
  status: "open" | "won" | "lost";
  stage: { name: string };
  /** Named only inside the searcher's company view reach (D7). */
  company: { id: string; name: string } | null;
};

/**
 * Deals in the searcher's view reach whose title holds the query, as `deals.list` searches.
 * No amount is answered, so a field rule hiding it has nothing to strip.
 */
export async function searchDeals(
  db: PrismaClient,
  input: {
    projectId: string;
    reach: Prisma.DealWhereInput;
    companyReach: Prisma.CompanyWhereInput;
    query: string;
    limit: number;
  },
): Promise<TRankedPage<TDealHit>> {
  return findRanked(input.limit, (tier, excludeIds, take) =>
    db.deal.findMany({
      where: {
        AND: [
          input.reach,
          { projectId: input.projectId, id: { notIn: excludeIds } },
          { title: textMatch(tier, input.query) },
        ],
      },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        title: true,
        status: true,
        stage: { select: { name: true } },
        company: { select: { id: true, name: true }, where: input.companyReach },
      },
    }),
  );
}
