import { z } from "zod";

import { AppError } from "../../errors";
import { encodeCursor, ZKeysetCursor } from "../pagination/keyset-cursor";
import type { TKeyValue } from "../pagination/sorted-keyset";
import { DEFAULT_DEAL_SORT, dealSortTag, type TDealColumn, type TDealSort } from "./deal-sort";

/** A position in a deals list, opaque to clients: the order it was made for and its key. */
export type TDealCursor = { sort: string; key: TKeyValue[] };

const DEFAULT_TAG = dealSortTag(DEFAULT_DEAL_SORT);

/**
 * The default order keeps the shared keyset cursor, the one the board hands out for a
 * column's next deals, so both continue in `list` as before. Any other order names itself
 * in the cursor, so a cursor cannot be replayed against an order it was not made for.
 */
export function encodeDealCursor(sort: TDealSort, key: readonly TKeyValue[]): string {
  const tag = dealSortTag(sort);
  const [updatedAt, id] = key;
  if (tag === DEFAULT_TAG && typeof updatedAt === "string" && typeof id === "string") {
    return encodeCursor({ updatedAt: new Date(updatedAt), id });
  }
  return Buffer.from(JSON.stringify({ sort: tag, key }), "utf8").toString("base64url");
}

const ZDecoded = z.strictObject({
  sort: z.string().max(40),
  key: z
    .array(z.union([z.string().max(1000), z.number(), z.null()]))
    .min(1)
    .max(4),
});

function decodeNamed(value: string): TDealCursor | null {
  try {
    const parsed = ZDecoded.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A cursor from input: only one this API handed out decodes; anything else is a field error. */
export const ZDealCursor = z
  .string()
  .max(4000)
  .transform((value, ctx): TDealCursor => {
    const named = decodeNamed(value);
    if (named) return named;
    const shared = ZKeysetCursor.safeParse(value);
    if (shared.success) {
      return { sort: DEFAULT_TAG, key: [shared.data.updatedAt.toISOString(), shared.data.id] };
    }
    ctx.addIssue({
      code: "custom",
      message: "This cursor is not valid; start again from the first page.",
    });
    return z.NEVER;
  });

/**
 * The cursor's key for this order's columns. A cursor made for another order (or whose
 * values cannot be this order's) is refused: it would start the page at a meaningless place.
 */
export function dealCursorKeyOrThrow(
  cursor: TDealCursor,
  sort: TDealSort,
  columns: readonly TDealColumn[],
): TKeyValue[] {
  if (cursor.sort !== dealSortTag(sort)) {
    throw new AppError("INVALID_INPUT", { key: "deals.cursorOtherOrder" });
  }
  const fits =
    cursor.key.length === columns.length &&
    columns.every((column, index) => column.accepts(cursor.key[index] ?? null));
  if (!fits) {
    throw new AppError("INVALID_INPUT", { key: "deals.cursorInvalid" });
  }
  return cursor.key;
}
