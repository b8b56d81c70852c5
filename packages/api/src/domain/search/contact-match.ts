import type { FieldAccess } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import { textMatch, wordsOf, type TMatchTier } from "./ranked-search";

/** The contact fields a search text is matched against, one at a time. */
export const CONTACT_SEARCH_FIELDS = ["firstName", "lastName", "email", "phone"] as const;

export type TContactSearchField = (typeof CONTACT_SEARCH_FIELDS)[number];

/**
 * A field hidden from the subject is not searched: a match would reveal its value. Names are
 * never hidden, so a name typed whole still finds its contact.
 */
export function contactSearchFields(access: Record<string, FieldAccess>): TContactSearchField[] {
  return CONTACT_SEARCH_FIELDS.filter((field) => access[field] !== "hidden");
}

/**
 * A contact matches a search text on any one of `fields`, or, for a text of several words, on
 * a name typed whole in either order ("Jana Nováková", "Nováková Jana"): each word in the
 * first or the last name. The global search, `contacts.list`/`count` and the contacts export
 * all match this way, so "See all" lists what the search box found. Literal and
 * case-insensitive: `%` and `_` match themselves.
 */
export function contactMatch(
  tier: TMatchTier,
  query: string,
  fields: readonly TContactSearchField[],
): Prisma.ContactWhereInput {
  const single: Prisma.ContactWhereInput[] = fields.map((field) => ({
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
