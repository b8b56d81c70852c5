import type { Prisma } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TDbClient } from "../access/project-scope";
import { contactWithCompanySelect, type TContactWithCompanyRow } from "./contact-select";

/**
 * One contact within reach; outside reach it does not exist (D7). Its company is named only
 * inside `companyReach`.
 */
export async function findContactOrThrow(
  db: TDbClient,
  where: {
    id: string;
    reach: Prisma.ContactWhereInput;
    companyReach: Prisma.CompanyWhereInput;
  },
): Promise<TContactWithCompanyRow> {
  const row = await db.contact.findFirst({
    where: { AND: [{ id: where.id }, where.reach] },
    select: contactWithCompanySelect(where.companyReach),
  });
  if (!row) throw notFound("contact");
  return row;
}
