import type { Prisma, PrismaClient } from "@charter/db/client";

import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { contactMatch } from "../search/contact-match";
import { CONTACT_SELECT, type TContactRow } from "./contact-select";

type TContactFilter = {
  projectId: string;
  reach: Prisma.ContactWhereInput;
  search?: string | undefined;
  /** The contacts of one company (its card's contact list). */
  companyId?: string | undefined;
};

/**
 * The user's search and the permission reach in one where. Search matches as the global
 * search does (`contactMatch`): anywhere in the first name, last name, e-mail or phone, or a
 * name typed whole across both name columns, literally and case-insensitively; a company
 * filter narrows to that company's contacts.
 */
function buildContactWhere(input: TContactFilter): Prisma.ContactWhereInput {
  const own: Prisma.ContactWhereInput = {
    projectId: input.projectId,
    ...(input.companyId ? { companyId: input.companyId } : {}),
  };
  const search = input.search ? contactMatch("contains", input.search) : {};
  return { AND: [input.reach, own, search] };
}

/** A page of contacts, newest change first. */
export async function listContacts(
  db: PrismaClient,
  input: TContactFilter & {
    cursor?: TKeysetCursor | undefined;
    limit: number;
  },
): Promise<{ items: TContactRow[]; nextCursor: TKeysetCursor | null }> {
  // Newest change first; the id breaks ties so a page boundary never skips or repeats a row.
  const after: Prisma.ContactWhereInput = input.cursor
    ? {
        OR: [
          { updatedAt: { lt: input.cursor.updatedAt } },
          { updatedAt: input.cursor.updatedAt, id: { lt: input.cursor.id } },
        ],
      }
    : {};
  const rows = await db.contact.findMany({
    where: { AND: [buildContactWhere(input), after] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: CONTACT_SELECT,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null;
  return { items, nextCursor };
}

export async function countContacts(db: PrismaClient, input: TContactFilter): Promise<number> {
  return db.contact.count({ where: buildContactWhere(input) });
}
