import type { Prisma, PrismaClient } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import { COMPANY_SELECT, type TCompanyRow } from "./company-select";

/** One company within reach; outside reach it does not exist (D7). */
export async function findCompanyOrThrow(
  db: PrismaClient | Prisma.TransactionClient,
  where: { id: string; reach: Prisma.CompanyWhereInput },
): Promise<TCompanyRow> {
  const row = await db.company.findFirst({
    where: { AND: [{ id: where.id }, where.reach] },
    select: COMPANY_SELECT,
  });
  if (!row) throw notFound("company");
  return row;
}
