import { z } from "zod";

/** A position in the employee list, ordered by (name, id), opaque to clients. */
export type TEmployeeCursor = { name: string; id: string };

export function encodeEmployeeCursor(cursor: TEmployeeCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), "utf8").toString("base64url");
}

const ZDecoded = z.tuple([z.string().max(200), z.uuid()]);

/** Only a cursor this API handed out decodes; anything else is a field error. */
export const ZEmployeeCursor = z
  .string()
  .max(400)
  .transform((value, ctx): TEmployeeCursor => {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    } catch {
      decoded = null;
    }
    const parsed = ZDecoded.safeParse(decoded);
    if (!parsed.success) {
      ctx.addIssue({
        code: "custom",
        message: "This cursor is not valid; start again from the first page.",
      });
      return z.NEVER;
    }
    return { name: parsed.data[0], id: parsed.data[1] };
  });
