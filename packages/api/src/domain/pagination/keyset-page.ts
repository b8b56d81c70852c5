import { encodeCursor, type TKeysetCursor } from "./keyset-cursor";

// The query side of a keyset cursor: newest change first, the id breaking ties, so a page
// boundary never skips or repeats a row, whatever is written between two pages.

export const KEYSET_ORDER = [{ updatedAt: "desc" }, { id: "desc" }] as const;

/** The where that starts a page after the cursor (none for the first page). */
export function afterCursor(cursor: TKeysetCursor | undefined) {
  if (!cursor) return {};
  return {
    OR: [
      { updatedAt: { lt: cursor.updatedAt } },
      { updatedAt: cursor.updatedAt, id: { lt: cursor.id } },
    ],
  };
}

/** A page from `limit + 1` rows: the extra row only says whether another page follows. */
export function toKeysetPage<T extends TKeysetCursor>(
  rows: readonly T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
  };
}
