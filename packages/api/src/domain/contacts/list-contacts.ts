import type { Prisma, PrismaClient } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { assertFilterable } from "../exports/export-filters";
import { fieldAccessOf } from "../fields/built-in-fields";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import {
  contactMatch,
  contactSearchFields,
  type TContactSearchField,
} from "../search/contact-match";
import { CONTACT_SELECT, type TContactRow } from "./contact-select";

type TContactFilter = {
  projectId: string;
  reach: Prisma.ContactWhereInput;
  search?: string | undefined;
  /** The fields the search may match: those not hidden from the subject (`contactSearchFields`). */
  searchIn: readonly TContactSearchField[];
  /** The contacts of one company (its card's contact list). */
  companyId?: string | undefined;
};

/**
 * The list's filter as this subject may ask it, within their view reach: a field hidden from
 * them is not searched, and narrowing by a hidden company link is refused, as the contacts it
 * kept would reveal the link (the export refuses it alike).
 */
export function contactFilterFor(
  scope: Pick<TProjectScope, "subject" | "project" | "reach">,
  input: { search?: string | undefined; companyId?: string | undefined },
): TContactFilter {
  const access = fieldAccessOf(scope.subject, "contact");
  assertFilterable("contact", access, input, ["companyId"]);
  return {
    projectId: scope.project.id,
    reach: scope.reach("contact", "view"),
    search: input.search,
    searchIn: contactSearchFields(access),
    companyId: input.companyId,
  };
}

/**
 * The user's search and the permission reach in one where. Search matches as the global
 * search does (`contactMatch`): anywhere in the first name, last name, e-mail or phone (of
 * these, only the fields not hidden from the subject), or a name typed whole across both name
 * columns, literally and case-insensitively; a company filter narrows to that company's
 * contacts.
 */
function buildContactWhere(input: TContactFilter): Prisma.ContactWhereInput {
  const own: Prisma.ContactWhereInput = {
    projectId: input.projectId,
    ...(input.companyId ? { companyId: input.companyId } : {}),
  };
  const search = input.search ? contactMatch("contains", input.search, input.searchIn) : {};
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
