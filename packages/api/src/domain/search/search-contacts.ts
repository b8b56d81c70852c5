import type { Prisma, PrismaClient } from "@charter/db/client";

import { contactWithCompanySelect } from "../contacts/contact-select";
import { findRanked, textMatch, wordsOf, type TMatchTier, type TRankedPage } from "./ranked-search";

export type TContactHit = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** Named only inside the searcher's company view reach, as on `contacts.list` (D7). */
  company: { id: string; name: string } | null;
};

/**
 * A contact matches on its first name, last name, e-mail or phone, the fields
 * `contacts.list` searches; a query of several words also matches a name typed whole
 * ("Jana Nováková", "Nováková Jana"), each word in the first or the last name.
 */
function contactMatch(tier: TMatchTier, query: string): Prisma.ContactWhereInput {
  const single = (["firstName", "lastName", "email", "phone"] as const).map((field) => ({
    [field]: textMatch(tier, query),
  }));
  const words = wordsOf(query);
  if (words.length < 2) return { OR: single };
  const wholeName: Prisma.ContactWhereInput = {
    AND: words.map((word) => ({
      OR: [{ firstName: textMatch(tier, word) }, { lastName: textMatch(tier, word) }],
    })),
  };
  return { OR: [...single, wholeName] };
}

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
  const { company } = contactWithCompanySelect(input.companyReach);
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
      select: { id: true, firstName: true, lastName: true, email: true, phone: true, company },
    }),
  );
}
