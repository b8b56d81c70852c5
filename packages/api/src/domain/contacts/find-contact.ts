import type { Prisma } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TDbClient } from "../access/project-scope";
import { CONTACT_SELECT, type TContactRow } from "./contact-select";

/** One contact within reach; outside reach it does not exist (D7). */
export async function findContactOrThrow(
  db: TDbClient,
  where: {
    id: string;
    reach: Prisma.ContactWhereInput;
  },
): Promise<TContactRow> {
  const row = await db.contact.findFirst({
    where: { AND: [{ id: where.id }, where.reach] },
    select: CONTACT_SELECT,
  });
  if (!row) throw notFound("contact");
  return row;
}
