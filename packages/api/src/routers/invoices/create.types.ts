import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZCurrency, ZDate, ZId, ZInvoiceWithLines, ZLines } from "./invoice.schema";

export const ZCreateInput = z.strictObject({
  /** The company billed: required, and one the caller may view. */
  companyId: ZId("company"),
  dealId: ZId("deal").optional(),
  currency: ZCurrency,
  dueAt: ZDate.optional(),
  lines: ZLines.default([]),
});

export const ZCreateOutput = ZInvoiceWithLines.extend({ can: ZRecordCan });
