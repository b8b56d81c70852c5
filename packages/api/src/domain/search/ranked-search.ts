import { escapeLike } from "./escape-like";

/**
 * How well a record matches, best first: the whole field, the field's start, anywhere in it.
 * The global search reads the tiers in this order, so an exact name never hides behind a
 * row that merely contains the text.
 */
export const MATCH_TIERS = ["equals", "startsWith", "contains"] as const;

export type TMatchTier = (typeof MATCH_TIERS)[number];

/**
 * Prisma's case-insensitive filter for one tier, matching the text literally: `%` and `_`
 * are escaped for every tier, since PostgreSQL compares an insensitive `equals` with ILIKE too.
 */
export function textMatch(tier: TMatchTier, text: string) {
  return { [tier]: escapeLike(text), mode: "insensitive" } as const satisfies {
    mode: "insensitive";
  };
}

/** The words of a query, for names typed whole ("Jana Nováková") across two columns. */
export function wordsOf(query: string): string[] {
  return query.split(/\s+/).filter((word) => word.length > 0);
}

export type TRankedPage<T> = { items: T[]; hasMore: boolean };

/**
 * The first `limit` matches in tier order, and whether there are more. Each tier is one query
 * (the caller puts the reach in it), asking only for the rows still missing and leaving out
 * those a better tier found: a tier that answers fewer rows than asked found all of its own,
 * so the next one may safely exclude them by id. Never more than `limit + 1` rows are read.
 */
export async function findRanked<T extends { id: string }>(
  limit: number,
  findTier: (tier: TMatchTier, excludeIds: string[], take: number) => Promise<T[]>,
): Promise<TRankedPage<T>> {
  const found: T[] = [];
  for (const tier of MATCH_TIERS) {
    const rows = await findTier(
      tier,
      found.map((row) => row.id),
      limit + 1 - found.length,
    );
    found.push(...rows);
    if (found.length > limit) break;
  }
  return { items: found.slice(0, limit), hasMore: found.length > limit };
}
