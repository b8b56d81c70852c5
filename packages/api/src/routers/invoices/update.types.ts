import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZCurrency, ZDate, ZId, ZInvoiceWithLines, ZLines, ZVersion } from "./invoice.schema";

export const ZUpdateInput = z
  .strictObject({
    id: ZId("invoice"),
    version: ZVersion,
    companyId: ZId("company").optional(),
    /** null unlinks the deal. */
    dealId: ZId("deal").nullable().optional(),
    currency: ZCurrency.optional(),
    /** null clears the due date. */
    dueAt: ZDate.nullable().optional(),
    /** Replaces every line; the totals are recomputed from them. */
    lines: ZLines.optional(),
  })
  .refine(
    ({ id: _id, version: _version, ...change }) =>
      Object.values(change).some((value) => value !== undefined),
    {
      message: "Change at least one of companyId, dealId, currency, dueAt and lines.",
      path: ["lines"],
    },
  );

export const ZUpdateOutput = ZInvoiceWithLines.extend({ can: ZRecordCan });
