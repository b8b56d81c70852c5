import { z } from "zod";

/** A position in a list ordered by (updatedAt desc, id desc), opaque to clients. */
export type TKeysetCursor = { updatedAt: Date; id: string };

export function encodeCursor(cursor: TKeysetCursor): string {
  return Buffer.from(`${cursor.updatedAt.toISOString()}|${cursor.id}`, "utf8").toString(
    "base64url",
  );
}

/** A cursor from input: only one this API handed out decodes; anything else is a field error. */
export const ZKeysetCursor = z
  .string()
  .max(200)
  .transform((value, ctx): TKeysetCursor => {
    const [iso, id, extra] = Buffer.from(value, "base64url").toString("utf8").split("|");
    const updatedAt = new Date(iso ?? "");
    if (
      extra !== undefined ||
      !z.uuid().safeParse(id).success ||
      Number.isNaN(updatedAt.getTime())
    ) {
      ctx.addIssue({
        code: "custom",
        message: "This cursor is not valid; start again from the first page.",
      });
      return z.NEVER;
    }
    return { updatedAt, id: id as string };
  });
