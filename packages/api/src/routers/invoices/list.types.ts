import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ZDate, ZId, ZInvoice, ZInvoiceStatus } from "./invoice.schema";

export const ZListInput = z
  .strictObject({
    status: ZInvoiceStatus.optional(),
    companyId: ZId("company").optional(),
    /** Due on or after this date. */
    dueFrom: ZDate.optional(),
    /** Due on or before this date. */
    dueTo: ZDate.optional(),
    cursor: ZKeysetCursor.optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((input) => !input.dueFrom || !input.dueTo || input.dueFrom <= input.dueTo, {
    message: "dueFrom must not be after dueTo.",
    path: ["dueTo"],
  });

export const ZListOutput = z.object({
  items: z.array(ZInvoice),
  nextCursor: z.string().nullable(),
});
