import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";

export type TVisibleNames = {
  company: (id: string | null) => string | null;
  contact: (id: string | null) => string | null;
};

const present = (ids: (string | null)[]) => [...new Set(ids.filter((id) => id !== null))];

/**
 * Names of the companies and contacts exported rows link to, each looked up with the caller's
 * view reach in the query. A linked record outside their reach exports as no link at all,
 * not even its id (D7).
 */
export async function findVisibleNames(
  tx: Prisma.TransactionClient,
  scope: Pick<TProjectScope, "reach">,
  ids: { companyIds: (string | null)[]; contactIds: (string | null)[] },
): Promise<TVisibleNames> {
  const companyIds = present(ids.companyIds);
  const contactIds = present(ids.contactIds);
  const companies =
    companyIds.length === 0
      ? []
      : await tx.company.findMany({
          where: { AND: [{ id: { in: companyIds } }, scope.reach("company", "view")] },
          select: { id: true, name: true },
        });
  const contacts =
    contactIds.length === 0
      ? []
      : await tx.contact.findMany({
          where: { AND: [{ id: { in: contactIds } }, scope.reach("contact", "view")] },
          select: { id: true, firstName: true, lastName: true },
        });
  const companyNames = new Map(companies.map((row) => [row.id, row.name]));
  const contactNames = new Map(
    contacts.map((row) => [row.id, `${row.firstName} ${row.lastName}`.trim()]),
  );
  return {
    company: (id) => (id === null ? null : (companyNames.get(id) ?? null)),
    contact: (id) => (id === null ? null : (contactNames.get(id) ?? null)),
  };
}
