import { z } from "zod";

import { CONVERSION_MEASURES } from "../../domain/reports/conversion-by-stage";
import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ZAmountHidden, ZDealReportFilters, ZMoney, ZNamed } from "./report.schema";

const ZCurrency = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as CZK.");

/** One figure of a deal report, named as the report's output names it. */
const ZDealFigure = z.discriminatedUnion("report", [
  z.strictObject({
    report: z.literal("pipelineValue"),
    stageId: z.uuid("stageId is not a valid id."),
    currency: ZCurrency.optional(),
  }),
  z.strictObject({
    report: z.literal("wonLost"),
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Give the month as YYYY-MM, as the report returned it."),
    status: z.enum(["won", "lost"]),
    currency: ZCurrency.optional(),
  }),
  z.strictObject({
    report: z.literal("conversion"),
    stageId: z.uuid("stageId is not a valid id."),
    measure: z.enum(CONVERSION_MEASURES),
  }),
]);

/** The report's own filters, unchanged, and the figure to open. */
export const ZDealsBehindInput = z.strictObject({
  filters: ZDealReportFilters,
  figure: ZDealFigure,
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZDealBehind = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(["open", "won", "lost"]),
  amount: ZMoney,
  currency: z.string(),
  expectedCloseAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  pipeline: ZNamed,
  stage: ZNamed,
  responsible: ZNamed,
});

export const ZDealsBehindOutput = z.object({
  amountHidden: ZAmountHidden,
  total: z.number().int().describe("How many deals the figure counts: the figure itself."),
  items: z.array(ZDealBehind),
  nextCursor: z.string().nullable(),
});
