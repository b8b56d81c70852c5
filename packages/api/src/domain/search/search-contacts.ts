import type { Prisma, PrismaClient } from "@charter/db/client";

import { contactMatch } from "./contact-match";
import { findRanked, type TRankedPage } from "./ranked-search";

export type TContactHit = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** Named only inside the searcher's company view reach, as on `contacts.list` (D7). */
  company: { id: string; name: string } | null;
};

export async function searchContacts(
  db: PrismaClient,
  input: {
    projectId: string;
    reach: Prisma.ContactWhereInput;
    companyReach: Prisma.CompanyWhereInput;
    query: string;
    limit: number;
  },
): Promise<TRankedPage<TContactHit>> {
  return findRanked(input.limit, (tier, excludeIds, take) =>
    db.contact.findMany({
      where: {
        AND: [
          input.reach,
          { projectId: input.projectId, id: { notIn: excludeIds } },
          contactMatch(tier, input.query),
        ],
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        // A nullable to-one relation takes a where: the company only inside the reach (D7).
        company: { select: { id: true, name: true }, where: input.companyReach },
      },
    }),
  );
}
