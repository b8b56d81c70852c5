import { z } from "zod";

import { ZAmountHidden, ZCurrencyFigure, ZDealReportFilters } from "./report.schema";

/**
 * The period is when deals were closed; without one, the twelve months up to today. Months
 * begin at midnight in `timeZone`; a period spans at most 36 months.
 */
export const ZWonLostInput = ZDealReportFilters;

const ZOutcomeFigure = z.object({ count: z.number().int(), byCurrency: z.array(ZCurrencyFigure) });

export const ZWonLostOutput = z.object({
  amountHidden: ZAmountHidden,
  timeZone: z.string(),
  months: z.array(
    z.object({
      month: z.string().describe("YYYY-MM, the calendar month in timeZone."),
      from: z.date(),
      to: z.date().describe("Exclusive: the first instant after the month (or the period)."),
      won: ZOutcomeFigure,
      lost: ZOutcomeFigure,
    }),
  ),
  totals: z.object({ won: ZOutcomeFigure, lost: ZOutcomeFigure }),
});
