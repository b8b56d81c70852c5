import type { FieldAccess } from "@charter/core/engine";
import type { Prisma, PrismaClient } from "@charter/db/client";

import { contactMatch, contactSearchFields } from "./contact-match";
import { findRanked, type TRankedPage } from "./ranked-search";

export type TContactHit = {
  id: string;
  firstName: string;
  lastName: string;
  /** Null when empty or hidden from the searcher by a field rule. */
  email: string | null;
  phone: string | null;
  /**
   * Named only inside the searcher's company view reach, as on `contacts.list` (D7); null
   * too when a field rule hides the contact's company from them.
   */
  company: { id: string; name: string } | null;
};

/**
 * Contacts in the searcher's view reach matching as `contacts.list` searches, so "See all"
 * continues there. A field hidden from the searcher is neither matched nor answered, as a
 * match would reveal it.
 */
export async function searchContacts(
  db: PrismaClient,
  input: {
    projectId: string;
    reach: Prisma.ContactWhereInput;
    companyReach: Prisma.CompanyWhereInput;
    access: Record<string, FieldAccess>;
    query: string;
    limit: number;
  },
): Promise<TRankedPage<TContactHit>> {
  const fields = contactSearchFields(input.access);
  const page = await findRanked(input.limit, (tier, excludeIds, take) =>
    db.contact.findMany({
      where: {
        AND: [
          input.reach,
          { projectId: input.projectId, id: { notIn: excludeIds } },
          contactMatch(tier, input.query, fields),
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
  const hidden = (field: "email" | "phone" | "companyId") => input.access[field] === "hidden";
  return {
    hasMore: page.hasMore,
    items: page.items.map((row) => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      email: hidden("email") ? null : row.email,
      phone: hidden("phone") ? null : row.phone,
      company: hidden("companyId") ? null : row.company,
    })),
  };
}
