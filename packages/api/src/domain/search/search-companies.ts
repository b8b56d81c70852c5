import type { FieldAccess } from "@charter/core/engine";
import type { Prisma, PrismaClient } from "@charter/db/client";

import { companySearchFields } from "../companies/list-companies";
import { findRanked, textMatch, type TRankedPage } from "./ranked-search";

export type TCompanyHit = {
  id: string;
  name: string;
  /** Null when empty or hidden from the searcher by a field rule. */
  registrationNumber: string | null;
  city: string | null;
};

/**
 * Companies in the searcher's view reach whose name, e-mail or registration number (IČO)
 * holds the query, the fields `companies.list` searches: "See all" continues there. A field
 * hidden from the searcher is neither matched nor answered, as a match would reveal it.
 */
export async function searchCompanies(
  db: PrismaClient,
  input: {
    projectId: string;
    reach: Prisma.CompanyWhereInput;
    access: Record<string, FieldAccess>;
    query: string;
    limit: number;
  },
): Promise<TRankedPage<TCompanyHit>> {
  const fields = companySearchFields(input.access);
  const page = await findRanked(input.limit, (tier, excludeIds, take) =>
    db.company.findMany({
      where: {
        AND: [
          input.reach,
          { projectId: input.projectId, id: { notIn: excludeIds } },
          { OR: fields.map((field) => ({ [field]: textMatch(tier, input.query) })) },
        ],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
      select: { id: true, name: true, registrationNumber: true, city: true },
    }),
  );
  const visible = (field: "registrationNumber" | "city", value: string | null) =>
    input.access[field] === "hidden" ? null : value;
  return {
    hasMore: page.hasMore,
    items: page.items.map((row) => ({
      id: row.id,
      name: row.name,
      registrationNumber: visible("registrationNumber", row.registrationNumber),
      city: visible("city", row.city),
    })),
  };
}
